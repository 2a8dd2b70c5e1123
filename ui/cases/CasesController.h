#pragma once

#include "common/WorkbenchState.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace tessera::ui {

class ErrorReporter;
class SpeakerLinkBar;
class SpeakerLinkDialog;
class SurveyImportDialog;
struct UserPrompts;

// The window's commands about cases and surveys: Document ▸ Link Speakers (the dialog, one at
// a time, and the message bar that offers it after an import), File ▸ Import Survey (a file,
// then the plan dialog), and View ▸ Count Facilitator Turns, kept in step with the project's
// setting (an undo flips it back).
class CasesController : public QObject {
    Q_OBJECT

public:
    struct Context {
        WorkbenchState& state;
        const UserPrompts& prompts;
        ErrorReporter& reporter;
        QWidget* window;
    };

    CasesController(const Context& context, SpeakerLinkBar& bar, QObject* parent = nullptr);
    ~CasesController() override;

    // Opens the Link Speakers dialog for a document (window-modal, not blocking).
    void linkSpeakers(DocumentId document);
    // The current document's, or says what to do when none is shown.
    void linkSpeakersOfCurrentDocument();
    SpeakerLinkDialog* linkDialog() const;
    // After an import: offers the documents whose speakers are not linked, in the message bar.
    void offerLinking(const QList<DocumentId>& documents);

    // Asks for a CSV/XLSX file, then opens the survey import dialog on it.
    void importSurvey();
    void importSurveyFrom(const QString& path);
    SurveyImportDialog* surveyDialog() const;

    // Binds a checkable action to Project::countsFacilitators / setCountsFacilitators.
    void bindFacilitatorAction(QAction* action);

signals:
    void surveyImported(tessera::SurveyId id);

private:
    void syncFacilitatorAction();

    Context m_context;
    SpeakerLinkBar& m_bar;
    QPointer<SpeakerLinkDialog> m_linkDialog;
    QPointer<SurveyImportDialog> m_surveyDialog;
    QPointer<QAction> m_facilitators;
};

} // namespace tessera::ui
