#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QToolBar;

namespace tessera::ui {

// The window's commands, menus and main toolbar. Actions live as long as the window, so menus
// and shortcuts never change shape; those that need a project are disabled without one. The
// panes add their own actions (New code, New theme…) to the Code and Themes menus while a
// project is open.
class WorkbenchActions : public QObject {
    Q_OBJECT

public:
    explicit WorkbenchActions(QMainWindow& window);

    void setProjectOpen(bool open);
    // Blind coding forces "only my codings": the action is checked and disabled, and says why.
    // Called by the open project's session whenever the setting changes.
    void setBlindCoding(bool on);
    // Every menu of the menu bar, for Help ▸ Keyboard Shortcuts.
    QList<QMenu*> menus() const;

    // File
    QAction* newProject = nullptr;
    QAction* openProject = nullptr;
    QAction* openSample = nullptr;
    QAction* importQdpx = nullptr; // REFI-QDA project as a new project file
    QMenu* recentMenu = nullptr;
    QAction* importTranscripts = nullptr;
    QAction* importSurvey = nullptr;
    QAction* importAttributes = nullptr;
    QAction* exportThemes = nullptr;
    QAction* exportCodebook = nullptr;
    QAction* exportMap = nullptr;
    QAction* exportQdpx = nullptr;       // REFI-QDA project
    QAction* exportQdc = nullptr;        // REFI-QDA codebook
    QAction* importQdc = nullptr;        // REFI-QDA codebook into this project
    QAction* compareCodebooks = nullptr; // this project's against another file's
    QAction* mergeProject = nullptr;     // a colleague's .tessera or .qdpx
    QAction* closeProject = nullptr;
    QAction* quit = nullptr;
    // Edit
    QAction* undo = nullptr;
    QAction* redo = nullptr;
    QAction* projectMemo = nullptr;
    // Document
    QAction* linkSpeakers = nullptr;
    QAction* documentAttributes = nullptr;
    // Code
    QAction* quickCode = nullptr;
    QAction* inVivo = nullptr;
    QAction* codeTurn = nullptr;
    QList<QAction*> recentCodes; // Ctrl+1 … Ctrl+9
    QAction* removeCoding = nullptr;
    QAction* keyQuote = nullptr;
    QAction* codingMemo = nullptr;
    // Team
    QAction* blindCoding = nullptr; // a project setting (Project::setBlindCoding)
    QAction* compareCoders = nullptr;
    QAction* reviewDisagreements = nullptr;
    // View
    QAction* onlyMyCodings = nullptr;
    // A project setting: whether facilitator turns count in prevalence (matrices, reports).
    QAction* countFacilitators = nullptr;
    // The middle of the window: coding (transcript), the theme board, the thematic map, the
    // participants & attributes tables, the survey & matrix view or agreement & disagreements.
    QAction* showCoding = nullptr;
    QAction* showThemeBoard = nullptr;
    QAction* showThematicMap = nullptr;
    QAction* showCases = nullptr;
    QAction* showMixedMethods = nullptr;
    QAction* showAgreement = nullptr;
    QAction* nextPane = nullptr;
    QAction* previousPane = nullptr;
    QList<QAction*> goToPane; // transcript, documents, codes, themes, retrieval, memo, journal
    QAction* resetLayout = nullptr;
    // Help
    QAction* shortcuts = nullptr;
    QAction* about = nullptr;

    QMenu* fileMenu = nullptr;
    QMenu* editMenu = nullptr;
    QMenu* documentMenu = nullptr;
    QMenu* codeMenu = nullptr;
    QMenu* themeMenu = nullptr;
    QMenu* teamMenu = nullptr;
    QMenu* viewMenu = nullptr;
    QMenu* docksMenu = nullptr; // View ▸ Panes: the docks' toggleViewActions
    QMenu* helpMenu = nullptr;
    QToolBar* toolBar = nullptr;
    // Where the panes' own Code-menu actions go (after the coding commands).
    QAction* codePaneSection = nullptr;

private:
    QAction* make(const QString& text, QMenu* menu, const QString& tip = {});
    QList<QAction*> m_needProject;
    QAction* m_themesPlaceholder = nullptr;
    bool m_projectOpen = false;
    bool m_blind = false;
    QString m_onlyMineTip; // the tooltip without blind coding
};

} // namespace tessera::ui
