#pragma once

#include "model/Entities.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace tessera {
class Project;
}

namespace tessera::ui {

// A message bar above the transcript, shown after transcripts are imported whose speakers are
// not linked to participants: "“Focus group 4” has 5 speakers not linked to participants.
// [Link Speakers…] [Not Now]". It never blocks the import; it offers one document at a time
// and moves on to the next when that one is linked or skipped.
class SpeakerLinkBar : public QFrame {
    Q_OBJECT

public:
    explicit SpeakerLinkBar(const Project& project, QWidget* parent = nullptr);

    // Adds documents to offer; those without unlinked participant speakers are skipped.
    void offer(const QList<DocumentId>& documents);
    // Drops a document (linked, or deleted) and shows the next one, or hides.
    void settle(DocumentId document);
    void dismissAll();
    std::optional<DocumentId> offered() const;

    QLabel* messageLabel() const { return m_message; }
    QPushButton* linkButton() const { return m_link; }

signals:
    void linkRequested(tessera::DocumentId document);

private:
    int unlinkedSpeakers(DocumentId document) const;
    void showNext();

    const Project& m_project;
    QList<DocumentId> m_pending;
    QLabel* m_message;
    QPushButton* m_link;
    QPushButton* m_skip;
};

} // namespace tessera::ui
