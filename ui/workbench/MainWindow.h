#pragma once

#include "WorkbenchEnvironment.h"

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QLabel;
class QStackedWidget;

namespace tessera {
class Project;
}

namespace tessera::ui {

class ErrorReporter;
class ProjectController;
class RecentProjects;
class WelcomePage;
class WorkbenchActions;
class WorkbenchSession;

// The Tessera window: the welcome page, or the coding workbench of one open project — the
// quick-code bar and transcript in the middle, the other panes in movable docks whose layout
// is restored at the next start. Dropping transcript files on it imports them; dropping a
// project file opens it.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // The places F6 and Alt+1…Alt+7 move the focus to, in that order.
    enum Pane {
        TranscriptArea,
        DocumentsDock,
        CodesDock,
        ThemesDock,
        RetrievalDock,
        MemoDock,
        JournalDock,
        PaneCount
    };

    explicit MainWindow(WorkbenchEnvironment environment = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a project file; on failure reports it in the window and returns false.
    bool openProject(const QString& path);
    // Shows an already open project (created, opened or the sample).
    void attachProject(std::unique_ptr<Project> project);
    void closeProject();

    WorkbenchSession* session() const { return m_session.get(); }
    WorkbenchActions& actions() const { return *m_actions; }
    ErrorReporter& reporter() const { return *m_reporter; }
    ProjectController& projects() const { return *m_projects; }
    RecentProjects& recentProjects() const { return *m_recent; }
    WelcomePage* welcomePage() const { return m_welcome; }
    QDockWidget* dock(Pane pane) const;
    const WorkbenchEnvironment& environment() const { return m_environment; }

    void focusPane(Pane pane);
    void cyclePanes(int step);
    void resetLayout();

signals:
    void projectOpened();
    void projectClosed();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QDockWidget* makeDock(const QString& objectName, const QString& title);
    void connectWindowActions();
    void fillRecentMenu();
    void restoreLayout();
    void saveSettings();
    void updateTitle();
    void showAbout();
    QWidget* paneFocusWidget(Pane pane) const;

    WorkbenchEnvironment m_environment;
    WorkbenchActions* m_actions;
    ErrorReporter* m_reporter;
    RecentProjects* m_recent;
    ProjectController* m_projects;
    QStackedWidget* m_stack;
    WelcomePage* m_welcome;
    QLabel* m_savedLabel;
    QWidget* m_coderSlot;
    QList<QDockWidget*> m_docks; // in Pane order, from DocumentsDock
    QByteArray m_layout;         // dock layout while no project is shown
    std::unique_ptr<WorkbenchSession> m_session;
};

} // namespace tessera::ui
