#pragma once

#include "common/WorkbenchState.h"

#include <QObject>

#include <memory>

class QLabel;
class QWidget;

namespace tessera {
class Project;
}

namespace tessera::ui {

class CodePane;
class CoderPicker;
class CodingController;
class DocumentPane;
class ErrorReporter;
class ExportController;
class ImportController;
class JournalPane;
class MemoPane;
class QuickCodeBar;
class RetrievalPane;
class ThemePane;
class TranscriptView;
class WorkbenchActions;
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

    QWidget* centralArea() const { return m_central; }
    TranscriptView* transcript() const { return m_transcript; }
    QuickCodeBar* quickCodeBar() const { return m_quickCode; }
    DocumentPane* documents() const { return m_documents; }
    CodePane* codes() const { return m_codes; }
    ThemePane* themes() const { return m_themes; }
    RetrievalPane* retrieval() const { return m_retrieval; }
    MemoPane* memo() const { return m_memo; }
    JournalPane* journal() const { return m_journal; }
    CoderPicker* coderPicker() const { return m_coderPicker; }
    ImportController* importer() const { return m_importer; }
    ExportController* exporter() const { return m_exporter; }
    CodingController* coding() const { return m_coding; }

    // Stores memo and journal text still being typed (before closing, before quitting).
    void saveEdits();

signals:
    void retrievalShown();
    void memoRequested();
    void titleChanged();

private:
    void buildCentralArea();
    void connectPanes();
    void connectActions();
    void updateUndoActions();
    void updateDocumentHeader();
    void showError(const QString& message);

    Context m_context;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<WorkbenchState> m_state;
    QWidget* m_central = nullptr;
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
    CodingController* m_coding = nullptr;
};

} // namespace tessera::ui
