#include "SpeakerLinkDialog.h"

#include "ProblemLabel.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tessera::ui {
namespace {

QTableWidgetItem* readOnlyItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

SpeakerLinkDialog::SpeakerLinkDialog(Project& project, DocumentId document, QWidget* parent)
    : QDialog(parent), m_project(project), m_document(document), m_table(new QTableWidget(this)),
      m_error(new ProblemLabel(this))
{
    setObjectName(QStringLiteral("speakerLinkDialog"));
    const auto doc = m_project.document(document);
    const QString name = doc ? doc->name : QString();
    setWindowTitle(tr("Link Speakers — %1").arg(name));
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(
        tr("Who is speaking in “%1”? Link each speaker to a participant so their words count "
           "for that person in matrices and reports. The same label in two focus groups is two "
           "different people unless you link both to one participant. Leave Participant empty "
           "to keep a speaker unlinked; facilitators are left out of prevalence counts.")
            .arg(name),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    m_table->setObjectName(QStringLiteral("speakerLinkTable"));
    m_table->setAccessibleName(tr("Speakers"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Speaker"), tr("Turns"), tr("Role"), tr("Participant"), tr("Why suggested")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    // Tab goes from combo box to combo box; the read-only cells need no focus.
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(LabelColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TurnsColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RoleColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ParticipantColumn, QHeaderView::Interactive);
    header->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Link Speakers"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    fillRows();
    m_table->setColumnWidth(ParticipantColumn, 200);
    resize(820, qBound(320, 170 + int(m_speakers.size()) * 34, 640));
}

void SpeakerLinkDialog::fillRows()
{
    QHash<qint64, int> turnCounts;
    for (const Turn& turn : m_project.turns(m_document)) {
        if (turn.speakerId) {
            ++turnCounts[turn.speakerId->value];
        }
    }
    QHash<qint64, QString> pseudonyms;
    QStringList existing;
    for (const Participant& participant : m_project.participants()) {
        pseudonyms.insert(participant.id.value, participant.pseudonym);
        existing << participant.pseudonym;
    }
    existing.sort(Qt::CaseInsensitive);
    QHash<qint64, Speaker> speakers;
    for (const Speaker& speaker : m_project.speakers(m_document)) {
        speakers.insert(speaker.id.value, speaker);
    }

    const QList<SpeakerLinkSuggestion> suggestions = m_project.suggestSpeakerLinks(m_document);
    m_table->setRowCount(int(suggestions.size()));
    for (int row = 0; row < suggestions.size(); ++row) {
        const SpeakerLinkSuggestion& suggestion = suggestions[row];
        const Speaker speaker = speakers.value(suggestion.speaker.value);
        m_speakers << suggestion.speaker;
        m_current.append({speaker.role, speaker.participantId
                                            ? pseudonyms.value(speaker.participantId->value)
                                            : QString()});

        m_table->setItem(row, LabelColumn, readOnlyItem(suggestion.label));
        auto* turns = readOnlyItem(QString::number(turnCounts.value(suggestion.speaker.value)));
        turns->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, TurnsColumn, turns);

        auto* role = new QComboBox(m_table);
        role->addItem(tr("Participant"), int(SpeakerRole::Participant));
        role->addItem(tr("Facilitator"), int(SpeakerRole::Facilitator));
        role->setCurrentIndex(role->findData(int(suggestion.role)));
        role->setAccessibleName(tr("Role of %1").arg(suggestion.label));
        m_table->setCellWidget(row, RoleColumn, role);

        auto* participant = new QComboBox(m_table);
        participant->setEditable(true);
        participant->setInsertPolicy(QComboBox::NoInsert);
        participant->addItem(QString());
        const bool isNew = !suggestion.pseudonym.isEmpty() && !suggestion.participant;
        if (isNew) {
            participant->addItem(suggestion.pseudonym);
            participant->setItemData(1, tr("A new participant"), Qt::ToolTipRole);
        }
        participant->addItems(existing);
        participant->setCurrentText(suggestion.pseudonym);
        participant->lineEdit()->setPlaceholderText(tr("not linked"));
        participant->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        participant->setAccessibleName(tr("Participant for %1").arg(suggestion.label));
        participant->setToolTip(tr("Choose a participant, type a new pseudonym, or leave it "
                                   "empty to keep %1 unlinked")
                                    .arg(suggestion.label));
        m_table->setCellWidget(row, ParticipantColumn, participant);

        QString reason = suggestion.reason;
        if (isNew && !reason.contains(tr("new"), Qt::CaseInsensitive)) {
            reason =
                reason.isEmpty() ? tr("new participant") : tr("%1 (new participant)").arg(reason);
        }
        auto* why = readOnlyItem(reason);
        why->setToolTip(reason);
        m_table->setItem(row, ReasonColumn, why);
    }
    // One height for every row: the combo boxes decide it, not the first row's contents.
    if (m_table->rowCount() > 0) {
        m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        m_table->verticalHeader()->setDefaultSectionSize(participantBox(0)->sizeHint().height() +
                                                         4);
    }
}

int SpeakerLinkDialog::rowOfLabel(const QString& label) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, LabelColumn)->text() == label) {
            return row;
        }
    }
    return -1;
}

QComboBox* SpeakerLinkDialog::roleBox(int row) const
{
    return qobject_cast<QComboBox*>(m_table->cellWidget(row, RoleColumn));
}

QComboBox* SpeakerLinkDialog::participantBox(int row) const
{
    return qobject_cast<QComboBox*>(m_table->cellWidget(row, ParticipantColumn));
}

QList<SpeakerLink> SpeakerLinkDialog::changedLinks() const
{
    QList<SpeakerLink> links;
    for (int row = 0; row < m_speakers.size(); ++row) {
        SpeakerLink link;
        link.speaker = m_speakers[row];
        link.role = SpeakerRole(roleBox(row)->currentData().toInt());
        link.pseudonym = participantBox(row)->currentText().trimmed();
        const Current& now = m_current[row];
        if (link.role != now.role ||
            link.pseudonym.compare(now.pseudonym, Qt::CaseInsensitive) != 0) {
            links << link;
        }
    }
    return links;
}

void SpeakerLinkDialog::accept()
{
    const QList<SpeakerLink> links = changedLinks();
    if (!links.isEmpty()) {
        if (auto st = m_project.applySpeakerLinks(links); !st) {
            m_error->setProblem(st.error().message);
            return;
        }
    }
    emit linksApplied(m_document, int(links.size()));
    QDialog::accept();
}

} // namespace tessera::ui
