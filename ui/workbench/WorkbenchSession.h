#pragma once

#include "common/WorkbenchState.h"

#include <QObject>

#include <memory>

class QLabel;
class QTabWidget;
class QWidget;

namespace tessera {
class Project;
}

namespace tessera::ui {

class AgreementView;
class CasesController;
class CasesView;
class CodePane;
class CoderPicker;
class CodingController;
class DocumentPane;
class ErrorReporter;
class ExportController;
class ImportController;
class JournalPane;
class MemoPane;
class MixedMethodsView;
class QuickCodeBar;
class RetrievalPane;
class SpeakerLinkBar;
class TeamController;
class ThematicMapPane;
class ThemeBoard;
class ThemePane;
class TranscriptView;
class WorkbenchActions;
class RefiActions;
struct UserPrompts;

// Everything that exists while one project is open: the project, the shared state, the panes
// (handed to the window's docks) and the wiring between them and the window's actions.
// Destroyed when the project closes; the panes go first, then the state, then the project.
class WorkbenchSession : public QObject {
    Q_OBJECT

public:
    struct Context {
        WorkbenchActions& actions;
        ErrorReporter& reporter;
        const UserPrompts& prompts;
        QWidget* window;
    };

    WorkbenchSession(std::unique_ptr<Project> project, const Context& context,
                     QObject* parent = nullptr);
    ~WorkbenchSession() override;

    Project& project() const { return *m_project; }
    WorkbenchState& state() const { return *m_state; }

    // The middle of the window, one tab each: coding (transcript), theme board, thematic map,
    // participants & attributes, survey & matrix, agreement & disagreements.
    enum class CentralView { Coding, ThemeBoard, ThematicMap, Cases, MixedMethods, Agreement };
    QWidget* centralArea() const;
    void showCentral(CentralView view);
    CentralView currentCentral() const;
    // Where Alt+1 / F6 put the keyboard focus in the middle: the transcript, a board column or
    // the map, whichever tab is showing.
    QWidget* centralFocusWidget() const;
    TranscriptView* transcript() const { return m_transcript; }
    QuickCodeBar* quickCodeBar() const { return m_quickCode; }
    DocumentPane* documents() const { return m_documents; }
    CodePane* codes() const { return m_codes; }
    ThemePane* themes() const { return m_themes; }
    RetrievalPane* retrieval() const { return m_retrieval; }
    MemoPane* memo() const { return m_memo; }
    JournalPane* journal() const { return m_journal; }
    ThemeBoard* board() const { return m_board; }
    ThematicMapPane* thematicMap() const { return m_map; }
    CasesView* cases() const { return m_cases; }
    MixedMethodsView* mixedMethods() const { return m_mixed; }
    AgreementView* agreement() const { return m_agreement; }
    SpeakerLinkBar* speakerLinkBar() const { return m_linkBar; }
    CasesController* casesController() const { return m_casesController; }
    CoderPicker* coderPicker() const { return m_coderPicker; }
    ImportController* importer() const { return m_importer; }
    ExportController* exporter() const { return m_exporter; }
    RefiActions* refi() const { return m_refi; }
    CodingController* coding() const { return m_coding; }

    // Stores memo and journal text still being typed (before closing, before quitting).
    void saveEdits();

signals:
    void retrievalShown();
    void memoRequested();
    void titleChanged();

private:
    void buildCentralArea();
    void connectBoardAndMap();
    void connectCasesAndSurveys();
    void connectTeam();
    void connectPanes();
    void connectActions();
    void updateUndoActions();
    void updateDocumentHeader();
    void showError(const QString& message);

    Context m_context;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<WorkbenchState> m_state;
    QTabWidget* m_central = nullptr;
    QWidget* m_codingArea = nullptr;
    ThemeBoard* m_board = nullptr;
    ThematicMapPane* m_map = nullptr;
    CasesView* m_cases = nullptr;
    MixedMethodsView* m_mixed = nullptr;
    AgreementView* m_agreement = nullptr;
    TeamController* m_team = nullptr;
    SpeakerLinkBar* m_linkBar = nullptr;
    CasesController* m_casesController = nullptr;
    QLabel* m_documentHeader = nullptr;
    QuickCodeBar* m_quickCode = nullptr;
    TranscriptView* m_transcript = nullptr;
    DocumentPane* m_documents = nullptr;
    CodePane* m_codes = nullptr;
    ThemePane* m_themes = nullptr;
    RetrievalPane* m_retrieval = nullptr;
    MemoPane* m_memo = nullptr;
    JournalPane* m_journal = nullptr;
    CoderPicker* m_coderPicker = nullptr;
    ImportController* m_importer = nullptr;
    ExportController* m_exporter = nullptr;
    RefiActions* m_refi = nullptr; // a child: File menu REFI-QDA exchange and merging
    CodingController* m_coding = nullptr;
};

} // namespace tessera::ui
