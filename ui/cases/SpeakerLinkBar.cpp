#include "SpeakerLinkBar.h"

#include "project/Project.h"
#include "workbench/UiText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace tessera::ui {

SpeakerLinkBar::SpeakerLinkBar(const Project& project, QWidget* parent)
    : QFrame(parent), m_project(project), m_message(new QLabel(this)),
      m_link(new QPushButton(tr("&Link Speakers…"), this)),
      m_skip(new QPushButton(tr("Not Now"), this))
{
    setObjectName(QStringLiteral("speakerLinkBar"));
    setAccessibleName(tr("Speakers to link"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, colours.color(QPalette::AlternateBase));
    setPalette(colours);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_link);
    layout->addWidget(m_skip);
    connect(m_link, &QPushButton::clicked, this, [this] {
        if (const auto document = offered()) {
            emit linkRequested(*document);
        }
    });
    connect(m_skip, &QPushButton::clicked, this, [this] {
        if (const auto document = offered()) {
            settle(*document);
        }
    });
    hide();
}

int SpeakerLinkBar::unlinkedSpeakers(DocumentId document) const
{
    int count = 0;
    for (const Speaker& speaker : m_project.speakers(document)) {
        if (speaker.role == SpeakerRole::Participant && !speaker.participantId) {
            ++count;
        }
    }
    return count;
}

void SpeakerLinkBar::offer(const QList<DocumentId>& documents)
{
    for (const DocumentId document : documents) {
        if (!m_pending.contains(document) && unlinkedSpeakers(document) > 0) {
            m_pending << document;
        }
    }
    showNext();
}

void SpeakerLinkBar::settle(DocumentId document)
{
    m_pending.removeAll(document);
    showNext();
}

void SpeakerLinkBar::dismissAll()
{
    m_pending.clear();
    showNext();
}

std::optional<DocumentId> SpeakerLinkBar::offered() const
{
    return m_pending.isEmpty() ? std::nullopt : std::optional<DocumentId>(m_pending.first());
}

void SpeakerLinkBar::showNext()
{
    // Documents deleted or linked meanwhile (an undo, the menu command) drop out.
    while (!m_pending.isEmpty() &&
           (!m_project.document(m_pending.first()) || unlinkedSpeakers(m_pending.first()) == 0)) {
        m_pending.removeFirst();
    }
    if (m_pending.isEmpty()) {
        hide();
        return;
    }
    const DocumentId document = m_pending.first();
    const int count = unlinkedSpeakers(document);
    QString text = tr("“%1” has %2 not linked to participants: link them so their words count "
                      "for the right people.")
                       .arg(m_project.document(document)->name,
                            countOf(count, tr("%1 speaker"), tr("%1 speakers")));
    if (m_pending.size() > 1) {
        text +=
            QLatin1Char(' ') + countOf(m_pending.size() - 1, tr("(%1 more transcript after this.)"),
                                       tr("(%1 more transcripts after this.)"));
    }
    m_message->setText(text);
    show();
}

} // namespace tessera::ui
