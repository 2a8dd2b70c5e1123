#pragma once

#include "project/Project.h"

#include <QDialog>

class QComboBox;
class QTableWidget;

namespace tessera::ui {

class ProblemLabel;

// Document ▸ Link Speakers: one row per speaker of a document — label, number of turns, role
// (participant or facilitator) and the participant it is (an existing pseudonym, a new one, or
// none) — pre-filled from Project::suggestSpeakerLinks with the reason for each suggestion.
// OK stores every changed row with ONE applySpeakerLinks call, so Ctrl+Z undoes the whole
// linking; a refusal is shown in the dialog, which stays open with the user's choices.
class SpeakerLinkDialog : public QDialog {
    Q_OBJECT

public:
    enum Column { LabelColumn, TurnsColumn, RoleColumn, ParticipantColumn, ReasonColumn };

    SpeakerLinkDialog(Project& project, DocumentId document, QWidget* parent = nullptr);

    DocumentId document() const { return m_document; }
    QTableWidget* table() const { return m_table; }
    ProblemLabel* errorLabel() const { return m_error; }
    int rowOfLabel(const QString& label) const; // -1 when absent
    QComboBox* roleBox(int row) const;
    QComboBox* participantBox(int row) const; // editable: type a new pseudonym
    // What OK would store: the rows whose role or participant differ from the project's.
    QList<SpeakerLink> changedLinks() const;

    void accept() override;

signals:
    // After a successful OK: how many speakers changed.
    void linksApplied(tessera::DocumentId document, int changed);

private:
    struct Current {
        SpeakerRole role = SpeakerRole::Participant;
        QString pseudonym; // empty when not linked
    };

    void fillRows();

    Project& m_project;
    DocumentId m_document;
    QTableWidget* m_table;
    ProblemLabel* m_error;
    QList<SpeakerId> m_speakers; // per row
    QList<Current> m_current;    // per row: what the project holds now
};

} // namespace tessera::ui
