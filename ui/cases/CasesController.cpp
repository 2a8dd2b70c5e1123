#include "CasesController.h"

#include "SpeakerLinkBar.h"
#include "SpeakerLinkDialog.h"
#include "mixed/SurveyImportDialog.h"
#include "project/Project.h"
#include "workbench/ErrorReporter.h"
#include "workbench/UiText.h"
#include "workbench/UserPrompts.h"

#include <QAction>
#include <QSignalBlocker>

namespace tessera::ui {

CasesController::CasesController(const Context& context, SpeakerLinkBar& bar, QObject* parent)
    : QObject(parent), m_context(context), m_bar(bar)
{
    connect(&m_bar, &SpeakerLinkBar::linkRequested, this, &CasesController::linkSpeakers);
    connect(&m_context.state.project(), &Project::changed, this, [this](ProjectChanges what) {
        if (what & (ProjectChange::Settings)) {
            syncFacilitatorAction();
        }
    });
}

CasesController::~CasesController()
{
    // The dialogs hold the project: they go with the session, not with the window.
    delete m_linkDialog;
    delete m_surveyDialog;
}

SpeakerLinkDialog* CasesController::linkDialog() const
{
    return m_linkDialog;
}

SurveyImportDialog* CasesController::surveyDialog() const
{
    return m_surveyDialog;
}

void CasesController::linkSpeakers(DocumentId document)
{
    Project& project = m_context.state.project();
    if (!project.document(document)) {
        return;
    }
    if (m_linkDialog) {
        if (m_linkDialog->document() == document) {
            m_linkDialog->raise();
            m_linkDialog->activateWindow();
            return;
        }
        m_linkDialog->close();
    }
    if (project.speakers(document).isEmpty()) {
        m_context.reporter.showProblem(
            tr("“%1” has no speaker labels to link: Tessera found no “Name:” turns in it.")
                .arg(project.document(document)->name));
        return;
    }
    m_linkDialog = new SpeakerLinkDialog(project, document, m_context.window);
    m_linkDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_linkDialog, &SpeakerLinkDialog::linksApplied, this,
            [this](DocumentId linked, int changed) {
                m_bar.settle(linked);
                const auto doc = m_context.state.project().document(linked);
                const QString name = doc ? doc->name : QString();
                m_context.reporter.showMessage(
                    changed == 0
                        ? tr("The speakers of “%1” were already linked that way.").arg(name)
                        : tr("Linked %1 of “%2” (Ctrl+Z undoes it).")
                              .arg(countOf(changed, tr("%1 speaker"), tr("%1 speakers")), name));
            });
    m_linkDialog->open();
}

void CasesController::linkSpeakersOfCurrentDocument()
{
    const auto document = m_context.state.currentDocument();
    if (!document) {
        m_context.reporter.showProblem(
            tr("Choose a transcript in the Documents pane first, then link its speakers."));
        return;
    }
    linkSpeakers(*document);
}

void CasesController::offerLinking(const QList<DocumentId>& documents)
{
    m_bar.offer(documents);
}

void CasesController::importSurvey()
{
    const QString path =
        m_context.prompts.openFile(m_context.window, tr("Import Survey"),
                                   tr("Survey tables (*.csv *.tsv *.txt *.xlsx);;All files (*)"));
    if (!path.isEmpty()) {
        importSurveyFrom(path);
    }
}

void CasesController::importSurveyFrom(const QString& path)
{
    if (!m_surveyDialog) {
        m_surveyDialog =
            new SurveyImportDialog(m_context.state.project(), m_context.prompts, m_context.window);
        m_surveyDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_surveyDialog, &SurveyImportDialog::imported, this,
                [this](SurveyId id, const QString& summary) {
                    m_context.reporter.showMessage(summary, 10000);
                    emit surveyImported(id);
                });
    }
    m_surveyDialog->setFile(path);
    m_surveyDialog->open();
}

void CasesController::bindFacilitatorAction(QAction* action)
{
    m_facilitators = action;
    syncFacilitatorAction();
    connect(action, &QAction::toggled, this, [this](bool count) {
        Project& project = m_context.state.project();
        if (count == project.countsFacilitators()) {
            return;
        }
        if (auto st = project.setCountsFacilitators(count); !st) {
            m_context.reporter.showProblem(st.error().message);
            syncFacilitatorAction();
            return;
        }
        m_context.reporter.showMessage(
            count ? tr("Facilitator turns now count in prevalence: code counts, matrices and "
                       "reports include them.")
                  : tr("Facilitator turns no longer count in prevalence."));
    });
}

void CasesController::syncFacilitatorAction()
{
    if (!m_facilitators) {
        return;
    }
    const QSignalBlocker blocker(m_facilitators.data());
    m_facilitators->setChecked(m_context.state.project().countsFacilitators());
}

} // namespace tessera::ui
