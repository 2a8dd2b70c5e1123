#include "DisagreementPanel.h"

#include "DisagreementModel.h"
#include "project/Project.h"
#include "workbench/UiText.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tessera::ui {

DisagreementPanel::DisagreementPanel(WorkbenchState& state, QWidget* parent)
    : QWidget(parent), m_state(state), m_summary(new QLabel(this)),
      m_hideResolved(new QCheckBox(tr("&Hide resolved"), this)),
      m_model(new DisagreementModel(this)), m_table(new QTableView(this)),
      m_detailTitle(new QLabel(this)), m_passage(new QPlainTextEdit(this)),
      m_buttons(new QHBoxLayout), m_edit(new QPushButton(tr("&Edit…"), this)),
      m_show(new QPushButton(tr("&Show in Transcript"), this))
{
    setObjectName(QStringLiteral("disagreementPanel"));
    setAccessibleName(tr("Disagreements"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);

    auto* top = new QHBoxLayout;
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    top->addWidget(m_summary, 1);
    m_hideResolved->setToolTip(tr("List only the disagreements the Consensus coder has not "
                                  "resolved yet"));
    top->addWidget(m_hideResolved);
    layout->addLayout(top);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_table->setObjectName(QStringLiteral("disagreementTable"));
    m_table->setAccessibleName(tr("Disagreements, largest first"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    splitter->addWidget(m_table);

    auto* details = new QWidget(splitter);
    auto* detailLayout = new QVBoxLayout(details);
    detailLayout->setContentsMargins(0, 4, 0, 0);
    m_detailTitle->setTextFormat(Qt::PlainText);
    m_detailTitle->setWordWrap(true);
    QFont bold = m_detailTitle->font();
    bold.setBold(true);
    m_detailTitle->setFont(bold);
    detailLayout->addWidget(m_detailTitle);
    m_passage->setObjectName(QStringLiteral("disagreementPassage"));
    m_passage->setAccessibleName(tr("The passage the coders disagree on"));
    m_passage->setReadOnly(true);
    m_passage->setMaximumBlockCount(0);
    detailLayout->addWidget(m_passage, 1);
    m_buttons->addStretch(1);
    m_edit->setToolTip(tr("Select the passage in the transcript and code it by hand as the "
                          "Consensus coder"));
    m_show->setToolTip(tr("Open the transcript at this passage with every coder's codings"));
    m_buttons->addWidget(m_edit);
    m_buttons->addWidget(m_show);
    detailLayout->addLayout(m_buttons);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({600, 170});
    layout->addWidget(splitter, 1);

    connect(m_hideResolved, &QCheckBox::toggled, this, [this](bool hide) {
        m_model->setHideResolved(hide);
        const int row = m_model->rowOfKey(m_currentKey);
        selectRow(row >= 0 ? row : 0);
        updateSummary();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const Disagreement* d = m_model->disagreementAt(current.row());
                m_currentKey = d ? disagreementKey(*d) : QString();
                updateDetails();
            });
    // activated: a double-click (or one click where the desktop activates on single click)
    // and Enter.
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { jumpTo(index.row()); });
    connect(m_edit, &QPushButton::clicked, this, &DisagreementPanel::edit);
    connect(m_show, &QPushButton::clicked, this, [this] {
        if (const auto row = currentRow()) {
            jumpTo(*row);
        }
    });
    rebuildAcceptButtons({});
    updateDetails();
}

void DisagreementPanel::rebuildAcceptButtons(const QStringList& coders)
{
    if (coders == m_coders && !m_acceptButtons.isEmpty()) {
        return;
    }
    qDeleteAll(m_acceptButtons);
    m_acceptButtons.clear();
    for (int i = 0; i < coders.size(); ++i) {
        auto* button = new QPushButton(tr("Accept %1's version").arg(coders[i]), this);
        button->setObjectName(QStringLiteral("acceptVersion%1").arg(i));
        button->setToolTip(tr("Copy %1's codings of this passage to the Consensus coder (or, "
                              "where %1 coded nothing, leave it uncoded)")
                               .arg(coders[i]));
        connect(button, &QPushButton::clicked, this, [this, i] { accept(i); });
        m_buttons->insertWidget(i, button);
        m_acceptButtons << button;
    }
}

void DisagreementPanel::showPending()
{
    m_summary->setText(tr("Looking for disagreements…"));
}

void DisagreementPanel::showMessage(const QString& message)
{
    m_disagreements.clear();
    m_resolutions.clear();
    m_model->clear();
    m_summary->setText(message);
    updateDetails();
}

void DisagreementPanel::showDisagreements(const QList<Disagreement>& disagreements,
                                          const QList<Resolution>& resolutions,
                                          const QStringList& coders, bool withConsensus)
{
    const QString keep = m_currentKey;
    const int previousRow = currentRow().value_or(0);
    rebuildAcceptButtons(coders);
    m_coders = coders;
    m_withConsensus = withConsensus;
    m_disagreements = disagreements;
    m_resolutions = resolutions;
    m_model->setDisagreements(disagreements, resolutions, coders, withConsensus, m_leftUncoded);
    // Long code paths and document names are cut (their tooltips and the passage title say them
    // in full) so that who coded what stays in view.
    const QList<std::pair<int, int>> caps{{DisagreementModel::CodeColumn, 280},
                                          {DisagreementModel::DocumentColumn, 220},
                                          {DisagreementModel::WhereColumn, 240}};
    for (int c = 0; c < m_model->columnCount(); ++c) {
        m_table->resizeColumnToContents(c);
    }
    for (const auto& [column, most] : caps) {
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), most));
    }
    const int row = m_model->rowOfKey(keep);
    selectRow(row >= 0 ? row : std::min(previousRow, m_model->rowCount() - 1));
    updateSummary();
    updateDetails();
}

void DisagreementPanel::updateSummary()
{
    if (m_coders.isEmpty()) {
        return;
    }
    const QString who = m_coders.join(tr(" and "));
    if (m_model->total() == 0) {
        m_summary->setText(tr("No disagreements: %1 coded the same passages with the chosen "
                              "codes.")
                               .arg(who));
        return;
    }
    QString text = countOf(m_model->total(), tr("%1 disagreement between %2, largest first."),
                           tr("%1 disagreements between %2, largest first."))
                       .arg(who);
    if (m_withConsensus) {
        text += QLatin1Char(' ') + tr("%1 resolved in the Consensus coder.")
                                       .arg(QLocale().toString(m_model->resolvedCount()));
    } else {
        text += QLatin1Char(' ') + tr("The Consensus coder is one of those compared, so it takes "
                                      "no resolutions here.");
    }
    m_summary->setText(text);
}

std::optional<int> DisagreementPanel::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? std::optional<int>(current.row()) : std::nullopt;
}

void DisagreementPanel::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_table->setCurrentIndex({});
        m_table->clearSelection();
        m_currentKey.clear();
        updateDetails();
        return;
    }
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->selectRow(row);
}

void DisagreementPanel::updateDetails()
{
    const auto row = currentRow();
    const Disagreement* d = row ? m_model->disagreementAt(*row) : nullptr;
    for (QPushButton* button : std::as_const(m_acceptButtons)) {
        button->setEnabled(d && m_withConsensus);
    }
    m_edit->setEnabled(d && m_withConsensus);
    m_show->setEnabled(d != nullptr);
    if (!d) {
        m_detailTitle->setText(m_model->rowCount() > 0 ? tr("Choose a disagreement to review it.")
                                                       : QString());
        m_passage->clear();
        return;
    }
    QStringList who;
    for (const CoderCoverage& coder : d->coders) {
        who << (coder.coded ? tr("%1 coded it").arg(coder.coderName)
                            : tr("%1 did not").arg(coder.coderName));
    }
    m_detailTitle->setText(
        tr("“%1” in %2, %3: %4. Consensus: %5.")
            .arg(d->codePath, d->documentName,
                 m_model->index(*row, DisagreementModel::WhereColumn).data().toString(),
                 who.join(QStringLiteral(", ")),
                 m_withConsensus ? m_model->statusText(*row) : tr("—")));
    m_passage->setPlainText(m_state.project().documentText(d->document).mid(d->start, d->length()));
}

void DisagreementPanel::revealInTranscript(const Disagreement& d)
{
    // Both versions must be visible to compare them: the only-mine filter is lifted for the
    // jump, unless blind coding is on (then no pane shows another coder's codings).
    if (!m_state.blindCoding() && m_state.onlyMyCodings()) {
        m_state.setOnlyMyCodings(false);
        emit statusMessage(tr("Showing every coder's codings, to compare them."));
    }
    m_state.setCurrentDocument(d.document);
    m_state.requestExcerpt({d.document, d.start, d.end});
}

void DisagreementPanel::jumpTo(int row)
{
    if (const Disagreement* d = m_model->disagreementAt(row)) {
        revealInTranscript(*d);
    }
}

void DisagreementPanel::accept(int coder)
{
    const auto row = currentRow();
    const Disagreement* found = row ? m_model->disagreementAt(*row) : nullptr;
    if (!found || !m_withConsensus || coder < 0 || coder >= found->coders.size()) {
        return;
    }
    const Disagreement d = *found; // the list is rebuilt when the project changes
    const QString name = d.coders[coder].coderName;
    auto added = acceptVersion(m_state.project(), d, coder);
    if (!added) {
        emit problem(added.error().message);
        return;
    }
    if (!d.coders[coder].coded) {
        // Nothing to copy: the Consensus coder holds nothing there, which only this session can
        // tell from "not looked at yet".
        const QString key = disagreementKey(d);
        m_leftUncoded.insert(key, coder);
        bool holdsSome = false;
        for (int i = 0; i < m_disagreements.size(); ++i) {
            if (disagreementKey(m_disagreements[i]) == key) {
                holdsSome = m_resolutions.value(i).kind != Resolution::Kind::Open;
            }
        }
        showDisagreements(m_disagreements, m_resolutions, m_coders, m_withConsensus);
        emit statusMessage(
            holdsSome ? tr("%1 did not code this passage, but the Consensus coder still codes "
                           "part of it: remove that coding in the transcript (Edit…).")
                            .arg(name)
                      : tr("Accepted %1's version: the passage stays uncoded with “%2”.")
                            .arg(name, d.codePath));
        return;
    }
    emit statusMessage(
        *added > 0 ? countOf(*added,
                             tr("Accepted %2's version: %1 coding of “%3” added to "
                                "Consensus."),
                             tr("Accepted %2's version: %1 codings of “%3” added to Consensus."))
                         .arg(name, d.codePath)
                   : tr("The Consensus coder already holds %1's version.").arg(name));
}

void DisagreementPanel::edit()
{
    const auto row = currentRow();
    const Disagreement* found = row ? m_model->disagreementAt(*row) : nullptr;
    if (!found || !m_withConsensus) {
        return;
    }
    const Disagreement d = *found;
    Project& project = m_state.project();
    auto consensus = ensureConsensusCoder(project);
    if (!consensus) {
        emit problem(consensus.error().message);
        return;
    }
    const auto current = project.currentCoder();
    if (!current || current->id != *consensus) {
        if (auto st = project.setCurrentCoder(*consensus); !st) {
            emit problem(st.error().message);
            return;
        }
    }
    revealInTranscript(d);
    emit statusMessage(tr("Coding as Consensus: apply a code to the selected passage (Ctrl+K), "
                          "then choose your own name in the toolbar to code as yourself again."));
}

} // namespace tessera::ui
