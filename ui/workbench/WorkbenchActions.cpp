#include "WorkbenchActions.h"

#include <QAction>
#include <QIcon>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

namespace tessera::ui {

WorkbenchActions::WorkbenchActions(QMainWindow& window) : QObject(&window)
{
    QMenuBar* bar = window.menuBar();

    fileMenu = bar->addMenu(tr("&File"));
    newProject = make(tr("&New Project…"), fileMenu, tr("Create an empty project file"));
    newProject->setShortcut(QKeySequence::New);
    openProject = make(tr("&Open Project…"), fileMenu, tr("Open a project file"));
    openProject->setShortcut(QKeySequence::Open);
    openSample = make(tr("Open the &Sample Study"), fileMenu,
                      tr("Open the bundled sample study (created on first use)"));
    importQdpx = make(tr("Import REFI-&QDA Project (.qdpx)…"), fileMenu,
                      tr("Make a new project from a .qdpx exported by NVivo, ATLAS.ti, MAXQDA, "
                         "QualCoder or Tessera"));
    recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    fileMenu->addSeparator();
    importTranscripts = make(tr("&Import Transcripts…"), fileMenu,
                             tr("Import .txt, .md, .vtt, .srt or .docx transcripts"));
    importTranscripts->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    importSurvey = make(tr("Import &Survey…"), fileMenu,
                        tr("Import survey responses from CSV or Excel: respondents become "
                           "participants, closed questions attributes, open questions documents"));
    importAttributes = make(tr("Import &Attributes…"), fileMenu,
                            tr("Read participant or document attributes from a CSV or Excel "
                               "table"));
    exportThemes = make(tr("Export &Theme Summary…"), fileMenu,
                        tr("Write the theme summary as Word, OpenDocument, PDF, HTML, Markdown "
                           "or CSV"));
    exportThemes->setShortcut(QKeySequence(tr("Ctrl+E")));
    exportCodebook = make(tr("Export &Codebook…"), fileMenu,
                          tr("Write the codebook as Word, PDF, HTML, Markdown or CSV"));
    exportCodebook->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    exportMap = make(tr("Export Thematic &Map…"), fileMenu,
                     tr("Save the thematic map as an SVG or PNG picture"));
    fileMenu->addSeparator();
    exportQdpx = make(tr("Export as REFI-QDA &Project (.qdpx)…"), fileMenu,
                      tr("Write the whole project for NVivo, ATLAS.ti, MAXQDA and others"));
    exportQdc = make(tr("Export Codebook (.&qdc)…"), fileMenu,
                     tr("Write the codebook in the REFI-QDA exchange format"));
    importQdc = make(tr("Import Codebook (.qd&c)…"), fileMenu,
                     tr("Add a REFI-QDA codebook's codes to this project"));
    mergeProject = make(tr("Merge a Colleague's Pro&ject…"), fileMenu,
                        tr("Add a colleague's documents, codes and codings (.tessera or .qdpx)"));
    compareCodebooks = make(tr("Compare Code&books…"), fileMenu,
                            tr("Compare this codebook with another project's or a .qdc file"));
    fileMenu->addSeparator();
    closeProject = make(tr("&Close Project"), fileMenu, tr("Close the project (nothing is lost)"));
    closeProject->setShortcut(QKeySequence::Close);
    quit = make(tr("&Quit"), fileMenu);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    m_needProject << importTranscripts << importSurvey << importAttributes << exportThemes
                  << exportCodebook << exportMap << exportQdpx << exportQdc << importQdc
                  << mergeProject << compareCodebooks << closeProject;

    editMenu = bar->addMenu(tr("&Edit"));
    undo = make(tr("&Undo"), editMenu);
    undo->setShortcut(QKeySequence::Undo);
    // The menu names what would be undone; the toolbar button stays one short word.
    undo->setIconText(tr("Undo"));
    // Icon themes are a desktop's business: without one the toolbar shows the words.
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    redo = make(tr("&Redo"), editMenu);
    // QKeySequence::Redo is Ctrl+Shift+Z on most Linux desktops and Ctrl+Y on others: keep
    // both, with the one the issue names first so menus show it.
    redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence::Redo});
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    redo->setIconText(tr("Redo"));
    editMenu->addSeparator();
    projectMemo = make(tr("Project &Memo"), editMenu, tr("Write the memo of the whole project"));
    m_needProject << undo << redo << projectMemo;

    documentMenu = bar->addMenu(tr("&Document"));
    linkSpeakers = make(tr("&Link Speakers…"), documentMenu,
                        tr("Link the speakers of the current transcript to participants"));
    linkSpeakers->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    documentAttributes = make(tr("Document &Attributes"), documentMenu,
                              tr("Show the current document's attributes in the table"));
    m_needProject << linkSpeakers << documentAttributes;

    codeMenu = bar->addMenu(tr("&Code"));
    quickCode = make(tr("&Apply Code…"), codeMenu,
                     tr("Type a code to apply to the selection (creates new codes)"));
    quickCode->setShortcuts({QKeySequence(tr("Ctrl+K")), QKeySequence(tr("Ctrl+Shift+C"))});
    inVivo = make(tr("Code &In Vivo"), codeMenu,
                  tr("Create a code named from the selected words and apply it"));
    inVivo->setShortcut(QKeySequence(tr("Ctrl+I")));
    codeTurn = make(tr("Code Whole &Turn with Last Code"), codeMenu,
                    tr("Apply the code used last to the whole speaker turn"));
    codeTurn->setShortcut(QKeySequence(tr("Ctrl+Shift+T")));
    QMenu* recentMenuOfCodes = codeMenu->addMenu(tr("Apply &Recent Code"));
    for (int i = 1; i <= 9; ++i) {
        QAction* action = make(tr("Recent code %1").arg(i), recentMenuOfCodes);
        action->setShortcut(QKeySequence(tr("Ctrl+%1").arg(i)));
        recentCodes << action;
        m_needProject << action;
    }
    codeMenu->addSeparator();
    removeCoding = make(tr("Re&move Selected Coding"), codeMenu,
                        tr("Remove the coding selected in the transcript or its stripes"));
    removeCoding->setShortcut(QKeySequence(tr("Ctrl+Del")));
    keyQuote = make(tr("Toggle &Key Quote"), codeMenu,
                    tr("Mark or unmark the selected coding as a key quote"));
    keyQuote->setShortcut(QKeySequence(tr("Ctrl+Shift+K")));
    codingMemo =
        make(tr("Edit Coding M&emo"), codeMenu, tr("Write the memo of the selected coding"));
    codingMemo->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    codePaneSection = codeMenu->addSeparator();
    m_needProject << quickCode << inVivo << codeTurn << removeCoding << keyQuote << codingMemo;

    themeMenu = bar->addMenu(tr("T&hemes"));
    // The theme commands belong to the open project's theme pane; until then say so.
    m_themesPlaceholder = make(tr("Open a project to build themes"), themeMenu);
    m_themesPlaceholder->setEnabled(false);

    teamMenu = bar->addMenu(tr("&Team"));
    blindCoding = make(tr("&Blind Coding"), teamMenu,
                       tr("Each coder sees only their own codings until the team compares "
                          "(stored in the project)"));
    blindCoding->setCheckable(true);
    teamMenu->addSeparator();
    compareCoders = make(tr("&Compare Coders"), teamMenu,
                         tr("Inter-coder agreement per code: percent agreement, kappas, alphas"));
    reviewDisagreements = make(tr("Review &Disagreements"), teamMenu,
                               tr("List where coders differ, largest first, and resolve them "
                                  "into the Consensus coder"));
    m_needProject << blindCoding << compareCoders << reviewDisagreements;

    viewMenu = bar->addMenu(tr("&View"));
    onlyMyCodings = make(tr("&Only My Codings"), viewMenu,
                         tr("Show and count only the current coder's codings"));
    onlyMyCodings->setCheckable(true);
    onlyMyCodings->setShortcut(QKeySequence(tr("Ctrl+Shift+M")));
    m_onlyMineTip = onlyMyCodings->toolTip();
    countFacilitators =
        make(tr("Count &Facilitator Turns in Prevalence"), viewMenu,
             tr("Count what facilitators say in matrices, joint displays and reports (stored "
                "in the project; off by default)"));
    countFacilitators->setCheckable(true);
    viewMenu->addSeparator();
    showCoding = make(tr("&Coding"), viewMenu, tr("Show the transcript for coding"));
    showCoding->setShortcut(QKeySequence(tr("Ctrl+Alt+1")));
    showThemeBoard = make(tr("Theme &Board"), viewMenu,
                          tr("Show the theme board: build, review and finalise themes"));
    showThemeBoard->setShortcut(QKeySequence(tr("Ctrl+Alt+2")));
    showThematicMap =
        make(tr("Thematic &Map"), viewMenu, tr("Show the map of themes and their codes"));
    showThematicMap->setShortcut(QKeySequence(tr("Ctrl+Alt+3")));
    showCases = make(tr("&Participants && Attributes"), viewMenu,
                     tr("Show participants and documents with their attributes"));
    showCases->setShortcut(QKeySequence(tr("Ctrl+Alt+4")));
    showMixedMethods = make(tr("&Survey && Matrix"), viewMenu,
                            tr("Show the survey summary, the joint display and the code × "
                               "attribute matrix"));
    showMixedMethods->setShortcut(QKeySequence(tr("Ctrl+Alt+5")));
    showAgreement = make(tr("&Agreement && Disagreements"), viewMenu,
                         tr("Show inter-coder agreement and the disagreements to review"));
    showAgreement->setShortcut(QKeySequence(tr("Ctrl+Alt+6")));
    m_needProject << showCoding << showThemeBoard << showThematicMap << showCases
                  << showMixedMethods << showAgreement;
    viewMenu->addSeparator();
    docksMenu = viewMenu->addMenu(tr("&Panes"));
    QMenu* goMenu = viewMenu->addMenu(tr("&Go To"));
    nextPane = make(tr("&Next Pane"), goMenu);
    nextPane->setShortcut(QKeySequence(Qt::Key_F6));
    previousPane = make(tr("&Previous Pane"), goMenu);
    previousPane->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    goMenu->addSeparator();
    const QStringList paneNames = {tr("&Transcript"), tr("&Documents"), tr("&Codes"),
                                   tr("T&hemes"),     tr("&Retrieval"), tr("&Memo"),
                                   tr("&Journal")};
    for (int i = 0; i < paneNames.size(); ++i) {
        QAction* action = make(paneNames[i], goMenu);
        action->setShortcut(QKeySequence(tr("Alt+%1").arg(i + 1)));
        goToPane << action;
        m_needProject << action;
    }
    viewMenu->addSeparator();
    resetLayout = make(tr("&Reset Layout"), viewMenu, tr("Put every pane back in its place"));
    m_needProject << onlyMyCodings << countFacilitators << nextPane << previousPane << resetLayout;

    helpMenu = bar->addMenu(tr("&Help"));
    shortcuts = make(tr("&Keyboard Shortcuts"), helpMenu);
    shortcuts->setShortcut(QKeySequence::HelpContents);
    about = make(tr("&About Tessera"), helpMenu);
    about->setMenuRole(QAction::AboutRole);

    toolBar = window.addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setAccessibleName(tr("Main toolbar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonFollowStyle);
    toolBar->addAction(undo);
    toolBar->addAction(redo);
    toolBar->addSeparator();
    toolBar->addAction(importTranscripts);
    toolBar->addSeparator();
    toolBar->addAction(onlyMyCodings);

    for (QAction* action : std::as_const(m_needProject)) {
        action->setEnabled(false);
    }
}

void WorkbenchActions::setProjectOpen(bool open)
{
    m_projectOpen = open;
    for (QAction* action : std::as_const(m_needProject)) {
        action->setEnabled(open);
    }
    m_themesPlaceholder->setVisible(!open);
    if (!open) {
        setBlindCoding(false);
        onlyMyCodings->setChecked(false);
        countFacilitators->setChecked(false);
    }
    onlyMyCodings->setEnabled(open && !m_blind);
}

void WorkbenchActions::setBlindCoding(bool on)
{
    m_blind = on;
    blindCoding->setChecked(on);
    onlyMyCodings->setEnabled(m_projectOpen && !on);
    const QString tip = on ? tr("Blind coding is on: each coder sees only their own codings "
                                "(Team ▸ Blind Coding)")
                           : m_onlyMineTip;
    onlyMyCodings->setToolTip(tip);
    onlyMyCodings->setStatusTip(tip);
}

QList<QMenu*> WorkbenchActions::menus() const
{
    return {fileMenu, editMenu, documentMenu, codeMenu, themeMenu, teamMenu, viewMenu, helpMenu};
}

QAction* WorkbenchActions::make(const QString& text, QMenu* menu, const QString& tip)
{
    auto* action = new QAction(text, this);
    if (!tip.isEmpty()) {
        action->setStatusTip(tip);
        action->setToolTip(tip);
    }
    menu->addAction(action);
    return action;
}

} // namespace tessera::ui
