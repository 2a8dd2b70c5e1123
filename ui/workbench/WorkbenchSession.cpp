#include "WorkbenchSession.h"

#include "CodePane.h"
#include "CoderPicker.h"
#include "CodingController.h"
#include "DocumentPane.h"
#include "ErrorReporter.h"
#include "ExportController.h"
#include "ImportController.h"
#include "JournalPane.h"
#include "MemoPane.h"
#include "QuickCodeBar.h"
#include "RetrievalPane.h"
#include "ThemePane.h"
#include "UiText.h"
#include "UserPrompts.h"
#include "WorkbenchActions.h"
#include "board/ThemeBoard.h"
#include "cases/CasesController.h"
#include "cases/CasesView.h"
#include "cases/SpeakerLinkBar.h"
#include "io/ImportedDocument.h"
#include "map/ThematicMapPane.h"
#include "map/ThematicMapView.h"
#include "mixed/MixedMethodsView.h"
#include "project/Project.h"
#include "team/AgreementView.h"
#include "team/RefiActions.h"
#include "team/TeamController.h"
#include "transcript/TranscriptView.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tessera::ui {

WorkbenchSession::WorkbenchSession(std::unique_ptr<Project> project, const Context& context,
                                   QObject* parent)
    : QObject(parent), m_context(context), m_project(std::move(project)),
      m_state(std::make_unique<WorkbenchState>(*m_project))
{
    buildCentralArea();
    m_documents = new DocumentPane(*m_state);
    m_codes = new CodePane(*m_state, m_context.prompts);
    m_themes = new ThemePane(*m_state, m_context.prompts);
    m_retrieval = new RetrievalPane(*m_state);
    m_memo = new MemoPane(*m_state);
    m_journal = new JournalPane(*m_state);
    m_coderPicker = new CoderPicker(*m_state, m_context.prompts);
    m_importer = new ImportController(*m_project, m_context.window, m_context.reporter, this);
    m_exporter = new ExportController(*m_project, m_context.prompts, m_context.window,
                                      m_context.reporter, this);
    m_coding =
        new CodingController(*m_state, *m_transcript, m_context.actions, m_context.reporter, this);
    m_casesController = new CasesController(
        {*m_state, m_context.prompts, m_context.reporter, m_context.window}, *m_linkBar, this);
    m_context.actions.codeMenu->addActions(m_codes->menuActions());
    m_context.actions.themeMenu->addActions(m_themes->menuActions());
    // The separator belongs to the board, so it leaves the menu with the board's actions
    // when the project closes.
    auto* separator = new QAction(m_board);
    separator->setSeparator(true);
    m_context.actions.themeMenu->addAction(separator);
    m_context.actions.themeMenu->addActions(m_board->menuActions());
    m_context.actions.themeMenu->addAction(m_map->resetLayoutAction());
    connectPanes();
    connectBoardAndMap();
    connectCasesAndSurveys();
    connectActions();
    connectTeam();
    updateUndoActions();
    // Open on the first transcript: an empty page would only ask for a click.
    const QList<Document> documents = m_project->documents();
    if (!documents.isEmpty()) {
        m_state->setCurrentDocument(documents.first().id);
    }
    updateDocumentHeader();
}

WorkbenchSession::~WorkbenchSession()
{
    saveEdits();
    // The board and the map outlive the panes below (they go with the tabs); nothing they
    // signal meanwhile may reach a deleted pane.
    m_board->disconnect(this);
    m_map->disconnect(this);
    m_cases->disconnect(this);
    m_mixed->disconnect(this);
    m_agreement->disconnect(this);
    delete m_team;
    delete m_casesController;
    // Everything that holds the state or the project goes before them; the panes live in the
    // window's docks, so they are deleted by hand.
    delete m_coding;
    delete m_importer;
    delete m_exporter;
    delete m_coderPicker;
    delete m_journal;
    delete m_memo;
    delete m_retrieval;
    delete m_themes;
    delete m_codes;
    delete m_documents;
    delete m_central;
}

void WorkbenchSession::saveEdits()
{
    m_memo->save();
    m_journal->save();
}

void WorkbenchSession::buildCentralArea()
{
    m_codingArea = new QWidget;
    m_codingArea->setObjectName(QStringLiteral("codingArea"));
    auto* layout = new QVBoxLayout(m_codingArea);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_documentHeader = new QLabel(m_codingArea);
    m_documentHeader->setObjectName(QStringLiteral("documentHeader"));
    m_documentHeader->setTextFormat(Qt::PlainText);
    m_documentHeader->setContentsMargins(8, 6, 8, 2);
    m_documentHeader->setAccessibleName(tr("Current document"));
    QFont bold = m_documentHeader->font();
    bold.setBold(true);
    m_documentHeader->setFont(bold);
    layout->addWidget(m_documentHeader);
    m_quickCode = new QuickCodeBar(*m_state, m_codingArea);
    layout->addWidget(m_quickCode);
    m_linkBar = new SpeakerLinkBar(*m_project, m_codingArea);
    layout->addWidget(m_linkBar);
    m_transcript = new TranscriptView(*m_state, m_codingArea);
    m_transcript->setObjectName(QStringLiteral("transcriptView"));
    m_transcript->setAccessibleName(tr("Transcript"));
    layout->addWidget(m_transcript, 1);

    // Coding, theme development and the map each need the whole middle of the window, and
    // the docks (codes, themes, memo, retrieval) serve all three: tabs rather than more docks.
    m_central = new QTabWidget;
    m_central->setObjectName(QStringLiteral("centralTabs"));
    m_central->setAccessibleName(tr("Workbench views"));
    m_central->setDocumentMode(true);
    m_board = new ThemeBoard(*m_state, m_context.prompts);
    m_map = new ThematicMapPane(*m_state);
    m_central->addTab(m_codingArea, tr("Coding"));
    m_central->addTab(m_board, tr("Theme Board"));
    m_central->addTab(m_map, tr("Thematic Map"));
    m_cases = new CasesView(*m_state, m_context.prompts);
    m_mixed = new MixedMethodsView(*m_state);
    m_central->addTab(m_cases, tr("Participants && Attributes"));
    m_central->addTab(m_mixed, tr("Survey && Matrix"));
    m_agreement = new AgreementView(*m_state, m_context.prompts);
    m_central->addTab(m_agreement, tr("Agreement"));
}

QWidget* WorkbenchSession::centralArea() const
{
    return m_central;
}

void WorkbenchSession::showCentral(CentralView view)
{
    switch (view) {
    case CentralView::Coding:
        m_central->setCurrentWidget(m_codingArea);
        return;
    case CentralView::ThemeBoard:
        m_central->setCurrentWidget(m_board);
        return;
    case CentralView::ThematicMap:
        m_central->setCurrentWidget(m_map);
        return;
    case CentralView::Cases:
        m_central->setCurrentWidget(m_cases);
        return;
    case CentralView::MixedMethods:
        m_central->setCurrentWidget(m_mixed);
        return;
    case CentralView::Agreement:
        m_central->setCurrentWidget(m_agreement);
        return;
    }
}

WorkbenchSession::CentralView WorkbenchSession::currentCentral() const
{
    if (m_central->currentWidget() == m_board) {
        return CentralView::ThemeBoard;
    }
    if (m_central->currentWidget() == m_map) {
        return CentralView::ThematicMap;
    }
    if (m_central->currentWidget() == m_cases) {
        return CentralView::Cases;
    }
    if (m_central->currentWidget() == m_mixed) {
        return CentralView::MixedMethods;
    }
    if (m_central->currentWidget() == m_agreement) {
        return CentralView::Agreement;
    }
    return CentralView::Coding;
}

QWidget* WorkbenchSession::centralFocusWidget() const
{
    switch (currentCentral()) {
    case CentralView::Coding:
        break;
    case CentralView::ThemeBoard:
        return m_board->focusTarget();
    case CentralView::ThematicMap:
        return m_map->view();
    case CentralView::Cases:
        return m_cases->focusTarget();
    case CentralView::MixedMethods:
        return m_mixed->focusTarget();
    case CentralView::Agreement:
        return m_agreement->focusTarget();
    }
    return m_transcript->editor();
}

void WorkbenchSession::showError(const QString& message)
{
    m_context.reporter.showProblem(message);
}

void WorkbenchSession::connectPanes()
{
    ErrorReporter& reporter = m_context.reporter;
    const auto note = [&reporter](const QString& message) { reporter.showMessage(message); };
    const auto problem = [this](const QString& message) { showError(message); };
    connect(m_quickCode, &QuickCodeBar::statusMessage, this, note);
    connect(m_quickCode, &QuickCodeBar::problem, this, problem);
    connect(m_codes, &CodePane::statusMessage, this, note);
    connect(m_codes, &CodePane::problem, this, problem);
    connect(m_themes, &ThemePane::statusMessage, this, note);
    connect(m_themes, &ThemePane::problem, this, problem);
    connect(m_retrieval, &RetrievalPane::statusMessage, this, note);
    connect(m_memo, &MemoPane::statusMessage, this, note);
    connect(m_memo, &MemoPane::problem, this, problem);
    connect(m_journal, &JournalPane::statusMessage, this, note);
    connect(m_journal, &JournalPane::problem, this, problem);
    connect(m_coderPicker, &CoderPicker::statusMessage, this, note);
    connect(m_coderPicker, &CoderPicker::problem, this, problem);
    connect(m_transcript, &TranscriptView::errorOccurred, this, problem);

    connect(m_documents, &DocumentPane::documentChosen, this, [this](DocumentId id) {
        m_state->setCurrentDocument(id);
        m_memo->setTarget({MemoTarget::Kind::Document, id.value});
    });
    connect(m_codes, &CodePane::codeActivated, this, [this](CodeId id, bool includeSubCodes) {
        m_retrieval->showCode(id, includeSubCodes);
        emit retrievalShown();
    });
    connect(m_codes, &CodePane::currentCodeChanged, this, [this](std::optional<CodeId> id) {
        if (id) {
            m_memo->setTarget({MemoTarget::Kind::Code, id->value});
        }
    });
    connect(m_themes, &ThemePane::themeActivated, this, [this](ThemeId id) {
        m_retrieval->showTheme(id);
        emit retrievalShown();
    });
    connect(m_themes, &ThemePane::codeActivated, this, [this](CodeId id) {
        m_retrieval->showCode(id, false);
        emit retrievalShown();
    });
    connect(m_themes, &ThemePane::currentThemeChanged, this, [this](std::optional<ThemeId> id) {
        if (id) {
            m_memo->setTarget({MemoTarget::Kind::Theme, id->value});
        }
    });
    connect(m_themes, &ThemePane::currentCodeChanged, this, [this](CodeId id) {
        m_memo->setTarget({MemoTarget::Kind::Code, id.value});
    });
    connect(m_transcript, &TranscriptView::codingSelected, this, [this](CodingId id) {
        m_memo->setTarget({MemoTarget::Kind::Coding, id.value});
    });
    connect(m_transcript, &TranscriptView::memoEditRequested, this, [this](CodingId id) {
        m_memo->setTarget({MemoTarget::Kind::Coding, id.value});
        emit memoRequested();
        m_memo->focusEditor();
    });
    connect(m_transcript, &TranscriptView::quickCodeRequested, m_quickCode,
            &QuickCodeBar::focusInput);
    connect(m_importer, &ImportController::finished, this, [this](const ImportOutcome& outcome) {
        if (outcome.imported.isEmpty()) {
            return;
        }
        QList<DocumentId> imported;
        for (const QString& name : outcome.imported) {
            if (auto document = m_project->findDocument(name)) {
                imported << document->id;
            }
        }
        if (!imported.isEmpty()) {
            m_state->setCurrentDocument(imported.first());
        }
        // Offered in the message bar, never in the way of the import itself.
        m_casesController->offerLinking(imported);
    });

    connect(m_state.get(), &WorkbenchState::currentDocumentChanged, this,
            &WorkbenchSession::updateDocumentHeader);
    connect(m_state.get(), &WorkbenchState::codingVisibilityChanged, this,
            &WorkbenchSession::updateDocumentHeader);
    connect(m_project.get(), &Project::changed, this, [this](ProjectChanges what) {
        updateUndoActions();
        if (what & (ProjectChange::Documents | ProjectChange::Codings | ProjectChange::Speakers)) {
            updateDocumentHeader();
        }
        if (what.testFlag(ProjectChange::Settings)) {
            emit titleChanged();
        }
    });
}

void WorkbenchSession::connectBoardAndMap()
{
    ErrorReporter& reporter = m_context.reporter;
    const auto note = [&reporter](const QString& message) { reporter.showMessage(message); };
    const auto problem = [this](const QString& message) { showError(message); };
    connect(m_board, &ThemeBoard::statusMessage, this, note);
    connect(m_board, &ThemeBoard::problem, this, problem);
    connect(m_map, &ThematicMapPane::statusMessage, this, note);
    connect(m_map, &ThematicMapPane::problem, this, problem);
    connect(m_board, &ThemeBoard::themeActivated, this, [this](ThemeId id) {
        m_retrieval->showTheme(id);
        emit retrievalShown();
    });
    connect(m_board, &ThemeBoard::codeActivated, this, [this](CodeId id) {
        m_retrieval->showCode(id, false);
        emit retrievalShown();
    });
    // The board and the Themes pane choose the same theme, so the memo, the Themes menu and
    // both views always agree on which theme is meant.
    connect(m_board, &ThemeBoard::currentThemeChanged, this, [this](std::optional<ThemeId> id) {
        if (id) {
            m_themes->selectTheme(*id);
            m_memo->setTarget({MemoTarget::Kind::Theme, id->value});
        }
    });
    connect(m_themes, &ThemePane::currentThemeChanged, m_board, [this](std::optional<ThemeId> id) {
        if (id) {
            m_board->selectTheme(*id);
        }
    });
    connect(m_map, &ThematicMapPane::exportRequested, this,
            [this] { m_exporter->exportInteractively(ExportController::Kind::ThematicMap); });
    // Going to a passage, a document or the quick-code box means coding: show the transcript.
    connect(m_state.get(), &WorkbenchState::excerptRequested, this,
            [this] { showCentral(CentralView::Coding); });
    connect(m_documents, &DocumentPane::documentChosen, this,
            [this] { showCentral(CentralView::Coding); });
}

void WorkbenchSession::connectActions()
{
    WorkbenchActions& actions = m_context.actions;
    connect(actions.undo, &QAction::triggered, this, [this] {
        const QString what = m_project->undoText();
        if (auto st = m_project->undo(); !st) {
            showError(st.error().message);
        } else {
            m_context.reporter.showMessage(tr("Undone: %1").arg(what));
        }
    });
    connect(actions.redo, &QAction::triggered, this, [this] {
        const QString what = m_project->redoText();
        if (auto st = m_project->redo(); !st) {
            showError(st.error().message);
        } else {
            m_context.reporter.showMessage(tr("Redone: %1").arg(what));
        }
    });
    connect(actions.quickCode, &QAction::triggered, m_quickCode, [this] {
        showCentral(CentralView::Coding);
        m_quickCode->focusInput();
    });
    connect(actions.codingMemo, &QAction::triggered, this, [this] {
        const auto coding = m_transcript->selectedCoding();
        if (!coding) {
            showError(tr("Select a coding first: click its stripe beside the transcript."));
            return;
        }
        m_memo->setTarget({MemoTarget::Kind::Coding, coding->value});
        emit memoRequested();
        m_memo->focusEditor();
    });
    connect(actions.projectMemo, &QAction::triggered, this, [this] {
        m_memo->setTarget({MemoTarget::Kind::Project, 0});
        emit memoRequested();
        m_memo->focusEditor();
    });
    connect(actions.onlyMyCodings, &QAction::toggled, this, [this](bool onlyMine) {
        if (m_state->blindCoding()) {
            return; // forced on, and disabled, while blind coding is on (TeamController)
        }
        m_state->setOnlyMyCodings(onlyMine);
        const auto coder = m_project->currentCoder();
        m_context.reporter.showMessage(onlyMine && coder
                                           ? tr("Showing only %1's codings.").arg(coder->name)
                                           : tr("Showing every coder's codings."));
    });
    m_state->setOnlyMyCodings(actions.onlyMyCodings->isChecked());
    connect(actions.importTranscripts, &QAction::triggered, this, [this] {
        QStringList patterns;
        for (const QString& extension : supportedExtensions()) {
            patterns << QLatin1Char('*') + extension;
        }
        const QStringList files = m_context.prompts.openFiles(
            m_context.window, tr("Import Transcripts"),
            tr("Transcripts (%1);;All files (*)").arg(patterns.join(QLatin1Char(' '))));
        if (files.isEmpty()) {
            return;
        }
        const auto group = m_context.prompts.askText(
            m_context.window, tr("Import Transcripts"),
            tr("Group for these transcripts, e.g. “Focus group 4” (optional):"), {});
        if (group) {
            m_importer->importFiles(files, *group);
        }
    });
    connect(actions.exportThemes, &QAction::triggered, this,
            [this] { m_exporter->exportInteractively(ExportController::Kind::ThemeSummary); });
    connect(actions.exportCodebook, &QAction::triggered, this,
            [this] { m_exporter->exportInteractively(ExportController::Kind::Codebook); });
    m_refi =
        new RefiActions(*m_project, m_context.prompts, m_context.reporter, m_context.window, this);
    connect(actions.exportQdpx, &QAction::triggered, m_refi, &RefiActions::exportProject);
    connect(actions.exportQdc, &QAction::triggered, m_refi, &RefiActions::exportCodebook);
    connect(actions.importQdc, &QAction::triggered, m_refi, &RefiActions::importCodebook);
    connect(actions.mergeProject, &QAction::triggered, m_refi, &RefiActions::mergeProject);
    connect(actions.compareCodebooks, &QAction::triggered, m_refi, &RefiActions::compareCodebooks);
    connect(actions.exportMap, &QAction::triggered, this,
            [this] { m_exporter->exportInteractively(ExportController::Kind::ThematicMap); });
    connect(actions.showCoding, &QAction::triggered, this, [this] {
        showCentral(CentralView::Coding);
        m_transcript->editor()->setFocus(Qt::ShortcutFocusReason);
    });
    connect(actions.showThemeBoard, &QAction::triggered, this, [this] {
        showCentral(CentralView::ThemeBoard);
        centralFocusWidget()->setFocus(Qt::ShortcutFocusReason);
    });
    connect(actions.showThematicMap, &QAction::triggered, this, [this] {
        showCentral(CentralView::ThematicMap);
        m_map->view()->setFocus(Qt::ShortcutFocusReason);
    });
    connect(actions.showCases, &QAction::triggered, this, [this] {
        showCentral(CentralView::Cases);
        centralFocusWidget()->setFocus(Qt::ShortcutFocusReason);
    });
    connect(actions.showMixedMethods, &QAction::triggered, this, [this] {
        showCentral(CentralView::MixedMethods);
        centralFocusWidget()->setFocus(Qt::ShortcutFocusReason);
    });
}

void WorkbenchSession::connectCasesAndSurveys()
{
    WorkbenchActions& actions = m_context.actions;
    ErrorReporter& reporter = m_context.reporter;
    const auto note = [&reporter](const QString& message) { reporter.showMessage(message); };
    const auto problem = [this](const QString& message) { showError(message); };
    connect(m_cases, &CasesView::statusMessage, this, note);
    connect(m_cases, &CasesView::problem, this, problem);
    connect(m_cases, &CasesView::failure, this,
            [&reporter](const QString& title, const QString& message) {
                reporter.showFailure(title, message);
            });
    connect(m_cases, &CasesView::report, this,
            [&reporter](const QString& title, const QString& summary, const QString& details) {
                reporter.showReport(title, summary, details);
            });
    connect(m_cases, &CasesView::participantChosen, this, [this](ParticipantId id) {
        m_memo->setTarget({MemoTarget::Kind::Participant, id.value});
    });
    connect(m_cases, &CasesView::documentChosen, this, [this](DocumentId id) {
        m_memo->setTarget({MemoTarget::Kind::Document, id.value});
    });
    connect(m_mixed, &MixedMethodsView::problem, this, problem);
    connect(m_mixed, &MixedMethodsView::exportRequested, this,
            [this](ExportController::Kind kind, const TableExportOptions& options) {
                m_exporter->exportTableInteractively(kind, options);
            });
    connect(m_mixed, &MixedMethodsView::importSurveyRequested, m_casesController,
            &CasesController::importSurvey);
    connect(m_casesController, &CasesController::surveyImported, this, [this] {
        showCentral(CentralView::MixedMethods);
        m_mixed->showTab(MixedMethodsView::Tab::Summary);
    });
    connect(m_documents, &DocumentPane::linkSpeakersRequested, m_casesController,
            &CasesController::linkSpeakers);
    connect(actions.linkSpeakers, &QAction::triggered, m_casesController,
            &CasesController::linkSpeakersOfCurrentDocument);
    connect(actions.documentAttributes, &QAction::triggered, this, [this] {
        showCentral(CentralView::Cases);
        m_cases->showScope(AttributeScope::Document);
        if (const auto document = m_state->currentDocument()) {
            m_cases->selectOwner(AttributeScope::Document, document->value);
        }
        m_cases->focusTarget()->setFocus(Qt::ShortcutFocusReason);
    });
    connect(actions.importSurvey, &QAction::triggered, m_casesController,
            &CasesController::importSurvey);
    connect(actions.importAttributes, &QAction::triggered, this, [this] {
        showCentral(CentralView::Cases);
        m_cases->importAttributes();
    });
    m_casesController->bindFacilitatorAction(actions.countFacilitators);
}

void WorkbenchSession::connectTeam()
{
    WorkbenchActions& actions = m_context.actions;
    ErrorReporter& reporter = m_context.reporter;
    const auto note = [&reporter](const QString& message) { reporter.showMessage(message); };
    const auto problem = [this](const QString& message) { showError(message); };
    // After connectActions: "only mine" has taken the action's state before blind coding
    // forces the action on.
    m_team = new TeamController(*m_state, actions, this);
    connect(m_team, &TeamController::statusMessage, this, note);
    connect(m_team, &TeamController::problem, this, problem);
    connect(m_agreement, &AgreementView::statusMessage, this, note);
    connect(m_agreement, &AgreementView::problem, this, problem);
    const auto showAgreementTab = [this](AgreementView::Tab tab) {
        showCentral(CentralView::Agreement);
        m_agreement->showTab(tab);
        centralFocusWidget()->setFocus(Qt::ShortcutFocusReason);
    };
    connect(actions.showAgreement, &QAction::triggered, this, [this] {
        showCentral(CentralView::Agreement);
        centralFocusWidget()->setFocus(Qt::ShortcutFocusReason);
    });
    connect(actions.compareCoders, &QAction::triggered, this,
            [showAgreementTab] { showAgreementTab(AgreementView::Tab::Agreement); });
    connect(actions.reviewDisagreements, &QAction::triggered, this,
            [showAgreementTab] { showAgreementTab(AgreementView::Tab::Disagreements); });
}

void WorkbenchSession::updateUndoActions()
{
    WorkbenchActions& actions = m_context.actions;
    const bool canUndo = m_project->canUndo();
    const bool canRedo = m_project->canRedo();
    actions.undo->setEnabled(canUndo);
    actions.redo->setEnabled(canRedo);
    actions.undo->setText(canUndo ? tr("&Undo %1").arg(m_project->undoText()) : tr("&Undo"));
    actions.redo->setText(canRedo ? tr("&Redo %1").arg(m_project->redoText()) : tr("&Redo"));
    actions.undo->setToolTip(actions.undo->text().remove(QLatin1Char('&')));
    actions.redo->setToolTip(actions.redo->text().remove(QLatin1Char('&')));
}

void WorkbenchSession::updateDocumentHeader()
{
    const auto id = m_state->currentDocument();
    const auto document = id ? m_project->document(*id) : std::nullopt;
    if (!document) {
        m_documentHeader->setText(
            m_project->documents().isEmpty()
                ? tr("No transcripts yet: drag .txt, .md, .vtt, .srt or .docx files onto the "
                     "window, or use File ▸ Import Transcripts.")
                : tr("Choose a transcript in the Documents pane."));
        return;
    }
    const int codings =
        m_project->codingCountsByDocument(m_state->visibleCoder()).value(document->id);
    QStringList parts;
    if (!document->groupName.isEmpty()) {
        parts << document->groupName;
    }
    parts << countOf(document->turnCount, tr("%1 turn"), tr("%1 turns"))
          << countOf(codings, tr("%1 coding"), tr("%1 codings"));
    if (const auto coder = m_state->visibleCoder()) {
        parts << tr("only %1's").arg(m_project->coder(*coder)->name);
    }
    m_documentHeader->setText(
        QStringLiteral("%1 — %2").arg(document->name, parts.join(QStringLiteral(" · "))));
}

} // namespace tessera::ui
