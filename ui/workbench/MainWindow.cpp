#include "MainWindow.h"

#include "CodePane.h"
#include "CoderPicker.h"
#include "DocumentPane.h"
#include "ErrorReporter.h"
#include "ImportController.h"
#include "JournalPane.h"
#include "MemoPane.h"
#include "ProjectController.h"
#include "QuickCodeBar.h"
#include "RecentProjects.h"
#include "RetrievalPane.h"
#include "ShortcutsDialog.h"
#include "ThemePane.h"
#include "WelcomePage.h"
#include "WorkbenchActions.h"
#include "WorkbenchSession.h"
#include "project/Project.h"
#include "transcript/TranscriptView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>

namespace tessera::ui {
namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
// Bumped when docks are added or renamed, so an old saved layout is not half-applied.
constexpr int kLayoutVersion = 1;

QStringList localFiles(const QMimeData* mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls()) {
        return files;
    }
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile()) {
            files << url.toLocalFile();
        }
    }
    return files;
}

bool isProjectFile(const QString& path)
{
    return QFileInfo(path).suffix().compare(QStringLiteral("tessera"), Qt::CaseInsensitive) == 0;
}

} // namespace

MainWindow::MainWindow(WorkbenchEnvironment environment, QWidget* parent)
    : QMainWindow(parent), m_environment(std::move(environment)),
      m_actions(new WorkbenchActions(*this)),
      m_reporter(new ErrorReporter(this, statusBar(), m_environment.showMessageBoxes, this)),
      m_recent(new RecentProjects(m_environment, this)),
      m_projects(new ProjectController(*this, *m_reporter)), m_stack(new QStackedWidget(this)),
      m_welcome(new WelcomePage(*m_recent, m_stack)), m_savedLabel(new QLabel(this)),
      m_coderSlot(new QWidget(this))
{
    setObjectName(QStringLiteral("tesseraMainWindow"));
    setAccessibleName(tr("Tessera"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    // Retrieval runs under the transcript and the right-hand panes: excerpts need the width.
    setCorner(Qt::BottomRightCorner, Qt::BottomDockWidgetArea);
    m_stack->addWidget(m_welcome);
    setCentralWidget(m_stack);

    m_docks = {makeDock(QStringLiteral("documentsDock"), tr("Documents")),
               makeDock(QStringLiteral("codesDock"), tr("Codes")),
               makeDock(QStringLiteral("themesDock"), tr("Themes")),
               makeDock(QStringLiteral("retrievalDock"), tr("Retrieval")),
               makeDock(QStringLiteral("memoDock"), tr("Memo")),
               makeDock(QStringLiteral("journalDock"), tr("Journal"))};
    for (QDockWidget* dock : std::as_const(m_docks)) {
        m_actions->docksMenu->addAction(dock->toggleViewAction());
    }
    resetLayout();
    for (QDockWidget* dock : std::as_const(m_docks)) {
        dock->hide();
    }

    auto* slotLayout = new QHBoxLayout(m_coderSlot);
    slotLayout->setContentsMargins(0, 0, 0, 0);
    m_actions->toolBar->insertWidget(m_actions->onlyMyCodings, m_coderSlot);
    m_actions->toolBar->hide();

    // Every action is stored when it is done (DESIGN.md, Undo): say so where Save would be.
    m_savedLabel->setText(tr("All changes saved"));
    m_savedLabel->setAccessibleName(tr("Save state"));
    m_savedLabel->setToolTip(tr("Tessera stores every change as you make it; there is no Save."));
    statusBar()->addPermanentWidget(m_savedLabel);
    m_savedLabel->hide();

    connectWindowActions();
    const auto settings = m_environment.settings();
    if (!restoreGeometry(settings->value(kGeometryKey).toByteArray())) {
        resize(1360, 860);
    }
    updateTitle();
    statusBar()->showMessage(tr("Open a project, or the sample study, to start coding."));
}

MainWindow::~MainWindow()
{
    m_session.reset();
}

QDockWidget* MainWindow::makeDock(const QString& objectName, const QString& title)
{
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setAccessibleName(title);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                      QDockWidget::DockWidgetClosable);
    return dock;
}

QDockWidget* MainWindow::dock(Pane pane) const
{
    return pane == TranscriptArea || pane >= PaneCount ? nullptr : m_docks.at(pane - 1);
}

void MainWindow::resetLayout()
{
    QDockWidget* documents = dock(DocumentsDock);
    QDockWidget* codes = dock(CodesDock);
    QDockWidget* themes = dock(ThemesDock);
    QDockWidget* retrieval = dock(RetrievalDock);
    QDockWidget* memo = dock(MemoDock);
    QDockWidget* journal = dock(JournalDock);
    for (QDockWidget* d : std::as_const(m_docks)) {
        d->setFloating(false);
        d->show();
    }
    addDockWidget(Qt::LeftDockWidgetArea, documents);
    splitDockWidget(documents, codes, Qt::Vertical);
    addDockWidget(Qt::RightDockWidgetArea, themes);
    splitDockWidget(themes, memo, Qt::Vertical);
    tabifyDockWidget(memo, journal);
    memo->raise();
    addDockWidget(Qt::BottomDockWidgetArea, retrieval);
    resizeDocks({documents, codes}, {2, 5}, Qt::Vertical);
    resizeDocks({documents, themes}, {340, 460}, Qt::Horizontal);
    resizeDocks({themes, memo}, {2, 1}, Qt::Vertical);
    resizeDocks({retrieval}, {270}, Qt::Vertical);
    m_actions->toolBar->show();
}

void MainWindow::connectWindowActions()
{
    WorkbenchActions& a = *m_actions;
    connect(a.newProject, &QAction::triggered, m_projects, &ProjectController::createWithDialog);
    connect(a.openProject, &QAction::triggered, m_projects, &ProjectController::openWithDialog);
    connect(a.openSample, &QAction::triggered, m_projects, &ProjectController::openSample);
    connect(a.importQdpx, &QAction::triggered, m_projects,
            &ProjectController::importQdpxWithDialog);
    connect(a.closeProject, &QAction::triggered, this, &MainWindow::closeProject);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    connect(a.resetLayout, &QAction::triggered, this, &MainWindow::resetLayout);
    connect(a.nextPane, &QAction::triggered, this, [this] { cyclePanes(1); });
    connect(a.previousPane, &QAction::triggered, this, [this] { cyclePanes(-1); });
    for (int i = 0; i < a.goToPane.size(); ++i) {
        connect(a.goToPane[i], &QAction::triggered, this, [this, i] { focusPane(Pane(i)); });
    }
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(a.shortcuts, &QAction::triggered, this, [this] {
        auto* dialog = new ShortcutsDialog(m_actions->menus(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    connect(m_welcome, &WelcomePage::openPathRequested, m_projects, &ProjectController::open);
    connect(m_welcome, &WelcomePage::newRequested, m_projects,
            &ProjectController::createWithDialog);
    connect(m_welcome, &WelcomePage::openRequested, m_projects, &ProjectController::openWithDialog);
    connect(m_welcome, &WelcomePage::sampleRequested, m_projects, &ProjectController::openSample);
}

void MainWindow::fillRecentMenu()
{
    QMenu* menu = m_actions->recentMenu;
    menu->clear();
    const QStringList paths = m_recent->paths();
    for (int i = 0; i < paths.size(); ++i) {
        const QString& path = paths[i];
        QAction* action = menu->addAction(
            QStringLiteral("&%1 %2").arg((i + 1) % 10).arg(QFileInfo(path).completeBaseName()),
            m_projects, [this, path] { m_projects->open(path); });
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (paths.isEmpty()) {
        menu->addAction(tr("No recent projects"))->setEnabled(false);
        return;
    }
    menu->addSeparator();
    menu->addAction(tr("&Clear List"), m_recent, &RecentProjects::clear);
}

bool MainWindow::openProject(const QString& path)
{
    return m_projects->open(path);
}

void MainWindow::attachProject(std::unique_ptr<Project> project)
{
    closeProject();
    const QString path = project->filePath();
    m_session = std::make_unique<WorkbenchSession>(
        std::move(project),
        WorkbenchSession::Context{*m_actions, *m_reporter, m_environment.prompts, this});
    WorkbenchSession& session = *m_session;
    const QList<QWidget*> panes = {session.documents(), session.codes(), session.themes(),
                                   session.retrieval(), session.memo(),  session.journal()};
    for (int i = 0; i < panes.size(); ++i) {
        m_docks[i]->setWidget(panes[i]);
    }
    m_coderSlot->layout()->addWidget(session.coderPicker());
    m_stack->addWidget(session.centralArea());
    m_stack->setCurrentWidget(session.centralArea());
    connect(&session, &WorkbenchSession::titleChanged, this, &MainWindow::updateTitle);
    connect(&session, &WorkbenchSession::retrievalShown, this, [this] {
        dock(RetrievalDock)->show();
        dock(RetrievalDock)->raise();
    });
    connect(&session, &WorkbenchSession::memoRequested, this, [this] {
        dock(MemoDock)->show();
        dock(MemoDock)->raise();
    });
    restoreLayout();
    m_actions->setProjectOpen(true);
    m_savedLabel->show();
    if (m_environment.rememberSession) {
        m_recent->add(path);
    }
    updateTitle();
    m_reporter->showMessage(tr("Opened %1.").arg(QDir::toNativeSeparators(path)));
    emit projectOpened();
}

void MainWindow::closeProject()
{
    if (!m_session) {
        return;
    }
    m_layout = saveState(kLayoutVersion);
    m_session.reset();
    for (QDockWidget* d : std::as_const(m_docks)) {
        d->hide();
    }
    m_actions->toolBar->hide();
    m_actions->setProjectOpen(false);
    m_actions->undo->setText(tr("&Undo"));
    m_actions->redo->setText(tr("&Redo"));
    m_savedLabel->hide();
    m_stack->setCurrentWidget(m_welcome);
    m_welcome->refresh();
    updateTitle();
    emit projectClosed();
}

void MainWindow::restoreLayout()
{
    QByteArray state = m_layout;
    if (state.isEmpty()) {
        state = m_environment.settings()->value(kStateKey).toByteArray();
    }
    if (state.isEmpty() || !restoreState(state, kLayoutVersion)) {
        resetLayout();
    }
    m_actions->toolBar->show();
}

void MainWindow::saveSettings()
{
    if (!m_environment.rememberSession) {
        return;
    }
    const auto settings = m_environment.settings();
    settings->setValue(kGeometryKey, saveGeometry());
    const QByteArray state = m_session ? saveState(kLayoutVersion) : m_layout;
    if (!state.isEmpty()) {
        settings->setValue(kStateKey, state);
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_session) {
        m_session->saveEdits();
    }
    saveSettings();
    event->accept();
}

void MainWindow::updateTitle()
{
    if (!m_session) {
        setWindowTitle(tr("Tessera"));
        setWindowFilePath({});
        return;
    }
    QString title = m_session->project().title();
    if (title.isEmpty()) {
        title = QFileInfo(m_session->project().filePath()).completeBaseName();
    }
    setWindowTitle(tr("%1 — Tessera").arg(title));
    setWindowFilePath(m_session->project().filePath());
}

QWidget* MainWindow::paneFocusWidget(Pane pane) const
{
    if (!m_session) {
        return nullptr;
    }
    WorkbenchSession& s = *m_session;
    switch (pane) {
    case TranscriptArea:
        return s.centralFocusWidget(); // the transcript, or the board or map when shown
    case DocumentsDock:
        return s.documents()->view();
    case CodesDock:
        return s.codes()->view();
    case ThemesDock:
        return s.themes()->view();
    case RetrievalDock:
        return s.retrieval()->view();
    case MemoDock:
        return s.memo()->editor();
    case JournalDock:
        return s.journal()->list();
    case PaneCount:
        break;
    }
    return nullptr;
}

void MainWindow::focusPane(Pane pane)
{
    QWidget* target = paneFocusWidget(pane);
    if (!target) {
        return;
    }
    if (QDockWidget* d = dock(pane)) {
        d->show();
        d->raise();
    }
    target->setFocus(Qt::ShortcutFocusReason);
    m_reporter->showMessage(target->accessibleName().isEmpty()
                                ? QString()
                                : tr("Focus: %1").arg(target->accessibleName()),
                            2000);
}

void MainWindow::cyclePanes(int step)
{
    int current = -1;
    const QWidget* focus = QApplication::focusWidget();
    for (int pane = 0; pane < PaneCount && focus; ++pane) {
        if (QWidget* w = paneFocusWidget(Pane(pane)); w && (w == focus || w->isAncestorOf(focus))) {
            current = pane;
        }
        if (const QDockWidget* d = dock(Pane(pane)); d && d->isAncestorOf(focus)) {
            current = pane;
        }
    }
    // Skip panes the user closed: F6 visits what is on screen.
    for (int i = 1; i <= PaneCount; ++i) {
        const int candidate =
            ((current < 0 ? (step > 0 ? -1 : 0) : current) + step * i + PaneCount * 2) % PaneCount;
        const QDockWidget* d = dock(Pane(candidate));
        if (!d || d->isVisible()) {
            focusPane(Pane(candidate));
            return;
        }
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QStringList files = localFiles(event->mimeData());
    const bool usable = std::any_of(files.begin(), files.end(), [](const QString& path) {
        return ImportController::isTranscriptFile(path) || isProjectFile(path);
    });
    if (usable) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList files = localFiles(event->mimeData());
    QStringList transcripts;
    QStringList ignored;
    QString projectFile;
    for (const QString& path : files) {
        if (isProjectFile(path)) {
            projectFile = path;
        } else if (ImportController::isTranscriptFile(path)) {
            transcripts << path;
        } else {
            ignored << QFileInfo(path).fileName();
        }
    }
    event->acceptProposedAction();
    if (!projectFile.isEmpty()) {
        m_projects->open(projectFile);
        return;
    }
    if (!m_session) {
        m_reporter->showProblem(
            tr("Open or create a project first, then drop transcripts on the window."));
        return;
    }
    if (!ignored.isEmpty()) {
        m_reporter->showProblem(tr("Not transcripts (use .txt, .md, .vtt, .srt or .docx): %1")
                                    .arg(ignored.join(tr(", "))));
    }
    m_session->importer()->importFiles(transcripts);
}

void MainWindow::showAbout()
{
    auto* box = new QMessageBox(QMessageBox::Information, tr("About Tessera"),
                                tr("<b>Tessera %1</b><br>Qualitative thematic analysis of focus "
                                   "groups and interviews.<br><br>Licensed under the GNU GPL, "
                                   "version 3 or later.")
                                    .arg(QApplication::applicationVersion()),
                                QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->show();
}

} // namespace tessera::ui
