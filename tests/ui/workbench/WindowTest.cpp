#include "WorkbenchFixture.h"
#include "models/CodeTreeModel.h"
#include "models/DocumentFilterProxyModel.h"
#include "models/DocumentTreeModel.h"
#include "sample/SampleStudy.h"
#include "support/TestPaths.h"
#include "transcript/TranscriptView.h"
#include "workbench/CodePane.h"
#include "workbench/DocumentPane.h"
#include "workbench/JournalPane.h"
#include "workbench/MemoPane.h"
#include "workbench/RecentProjects.h"
#include "workbench/WelcomePage.h"
#include "workbench/WorkbenchActions.h"
#include "workbench/WorkbenchSession.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTreeView>

namespace tessera::ui::test {
namespace {

using WindowTest = WorkbenchFixture;

TEST_F(WindowTest, titleNamesTheProjectAndTheStatusBarSaysEverythingIsSaved)
{
    EXPECT_EQ(m_window->windowTitle(), project().title() + QStringLiteral(" — Tessera"));
    bool saidSaved = false;
    for (const QLabel* label : m_window->statusBar()->findChildren<QLabel*>()) {
        saidSaved |= label->isVisible() && label->text() == QStringLiteral("All changes saved");
    }
    EXPECT_TRUE(saidSaved);
}

TEST_F(WindowTest, docksHaveNamesForSavedLayouts)
{
    for (int pane = MainWindow::DocumentsDock; pane < MainWindow::PaneCount; ++pane) {
        QDockWidget* dock = m_window->dock(MainWindow::Pane(pane));
        ASSERT_NE(dock, nullptr);
        EXPECT_FALSE(dock->objectName().isEmpty());
        EXPECT_TRUE(dock->isVisible()) << dock->objectName().toStdString();
        EXPECT_TRUE(dock->features().testFlag(QDockWidget::DockWidgetMovable));
    }
}

TEST_F(WindowTest, selectingADocumentShowsItInTheTranscript)
{
    const DocumentId second = documentNamed(QStringLiteral("FG2 Family support and early help"));
    DocumentPane* documents = session().documents();
    const QModelIndex index =
        documents->proxy()->mapFromSource(documents->model()->indexOfDocument(second));
    ASSERT_TRUE(index.isValid());
    documents->view()->setCurrentIndex(index);

    EXPECT_EQ(session().state().currentDocument(), second);
    EXPECT_EQ(session().transcript()->editor()->toPlainText(), project().documentText(second));
    EXPECT_EQ(session().memo()->target().kind, MemoTarget::Kind::Document);
}

TEST_F(WindowTest, layoutIsRestoredInTheNextWindow)
{
    QDockWidget* themes = m_window->dock(MainWindow::ThemesDock);
    m_window->addDockWidget(Qt::LeftDockWidgetArea, themes);
    m_window->dock(MainWindow::JournalDock)->close();
    m_window->close();
    m_window.reset();

    auto again = makeWindow();
    showAndActivate(*again);
    ASSERT_TRUE(again->openProject(m_projectPath));
    EXPECT_EQ(again->dockWidgetArea(again->dock(MainWindow::ThemesDock)), Qt::LeftDockWidgetArea);
    EXPECT_FALSE(again->dock(MainWindow::JournalDock)->isVisible());
    EXPECT_TRUE(again->dock(MainWindow::CodesDock)->isVisible());
}

TEST_F(WindowTest, welcomePageListsRecentProjectsAndOpensOneWithAClick)
{
    m_window->closeProject();
    EXPECT_EQ(m_window->session(), nullptr);
    m_window.reset();

    auto window = makeWindow();
    showAndActivate(*window);
    QListWidget* list = window->welcomePage()->recentList();
    ASSERT_TRUE(list->isVisible());
    ASSERT_GE(list->count(), 1);
    EXPECT_EQ(list->item(0)->data(Qt::UserRole).toString(),
              QFileInfo(m_projectPath).absoluteFilePath());

    QSignalSpy opened(window.get(), &MainWindow::projectOpened);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(0)).center());
    ASSERT_TRUE(opened.wait(5000));
    ASSERT_NE(window->session(), nullptr);
    EXPECT_EQ(QFileInfo(window->session()->project().filePath()).absoluteFilePath(),
              QFileInfo(m_projectPath).absoluteFilePath());
}

TEST_F(WindowTest, sampleButtonCreatesAndOpensTheSampleStudy)
{
    m_window->closeProject();
    auto* button =
        m_window->welcomePage()->findChild<QPushButton*>(QStringLiteral("openSampleButton"));
    ASSERT_NE(button, nullptr);
    button->click();

    ASSERT_NE(m_window->session(), nullptr);
    const QString path = m_window->environment().samplePath();
    EXPECT_TRUE(QFileInfo::exists(path));
    EXPECT_EQ(m_window->session()->project().filePath(), QFileInfo(path).absoluteFilePath());
    // Three focus groups and the survey's open question.
    EXPECT_EQ(m_window->session()->project().documents().size(), 4);
}

// File ▸ Import REFI-QDA Project makes a new project from another tool's .qdpx and opens it;
// an existing project file is never replaced.
TEST_F(WindowTest, importingAQdpxCreatesAndOpensANewProject)
{
    const QString qdpx =
        tessera::test::sharedPath(QStringLiteral("refi/samples/qc-1.3.2_demo.qdpx"));
    ASSERT_TRUE(QFileInfo::exists(qdpx)) << qPrintable(qdpx);
    m_answers.openFile = qdpx;
    m_answers.saveFile = m_dir.filePath(QStringLiteral("imported.tessera"));
    m_window->actions().importQdpx->trigger();
    ASSERT_NE(m_window->session(), nullptr);
    EXPECT_EQ(m_window->session()->project().filePath(),
              QFileInfo(m_answers.saveFile).absoluteFilePath());
    EXPECT_FALSE(m_window->session()->project().documents().isEmpty());
    // The file holds 205 Coding elements on 158 selections.
    EXPECT_EQ(m_window->session()->project().codings().size(), 205);

    // Again onto the same file: refused, the open project stays as it was.
    const QByteArray before = tessera::test::readFileBytes(m_answers.saveFile);
    m_window->actions().importQdpx->trigger();
    EXPECT_EQ(m_window->session()->project().codings().size(), 205);
    EXPECT_EQ(tessera::test::readFileBytes(m_answers.saveFile), before);
}

TEST_F(WindowTest, f6MovesTheFocusFromPaneToPane)
{
    session().transcript()->editor()->setFocus();
    pressKeys(session().transcript()->editor(), Qt::Key_F6, Qt::NoModifier);
    EXPECT_EQ(QApplication::focusWidget(), session().documents()->view());
    pressKeys(QApplication::focusWidget(), Qt::Key_F6, Qt::NoModifier);
    EXPECT_EQ(QApplication::focusWidget(), session().codes()->view());
    pressKeys(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    EXPECT_EQ(QApplication::focusWidget(), session().documents()->view());
}

TEST_F(WindowTest, codeMemoIsStoredWhenTheEditorLosesFocus)
{
    const CodeId code = codeAt(QStringLiteral("Practitioner experience/Screen fatigue"));
    session().codes()->selectCode(code);
    MemoPane* memo = session().memo();
    ASSERT_EQ(memo->target().kind, MemoTarget::Kind::Code);
    EXPECT_TRUE(memo->titleLabel()->text().contains(QStringLiteral("Screen fatigue")));
    memo->editor()->setFocus();
    QTest::keyClicks(memo->editor(), QStringLiteral("Mostly said by team leads."));

    session().codes()->view()->setFocus();
    QApplication::processEvents();

    EXPECT_EQ(reopen()->code(code)->fields.memo, QStringLiteral("Mostly said by team leads."));
    EXPECT_EQ(m_window->actions().undo->text().remove(QLatin1Char('&')),
              QStringLiteral("Undo Edit code “Screen fatigue”"));
}

TEST_F(WindowTest, projectMemoIsStoredOnCtrlEnter)
{
    m_window->actions().projectMemo->trigger();
    MemoPane* memo = session().memo();
    ASSERT_EQ(memo->target().kind, MemoTarget::Kind::Project);
    EXPECT_EQ(memo->editor()->toPlainText(), project().memo());
    memo->editor()->selectAll();
    QTest::keyClicks(memo->editor(), QStringLiteral("Second round of coding starts."));
    pressKeys(memo->editor(), Qt::Key_Return, Qt::ControlModifier);

    EXPECT_EQ(reopen()->memo(), QStringLiteral("Second round of coding starts."));
}

TEST_F(WindowTest, newJournalEntryIsStoredWhenSaved)
{
    JournalPane* journal = session().journal();
    const qsizetype before = project().journal().size();
    journal->startNewEntry();
    QTest::keyClicks(journal->editor(), QStringLiteral("I expected more about court hearings."));
    pressKeys(journal->editor(), Qt::Key_Return, Qt::ControlModifier);

    const QList<JournalEntry> entries = reopen()->journal();
    ASSERT_EQ(entries.size(), before + 1);
    EXPECT_EQ(entries.last().text, QStringLiteral("I expected more about court hearings."));
    EXPECT_EQ(journal->list()->count(), before + 1);

    journal->editor()->selectAll();
    QTest::keyClicks(journal->editor(), QStringLiteral("Court hearings came up twice."));
    journal->save();
    EXPECT_EQ(reopen()->journal().last().text, QStringLiteral("Court hearings came up twice."));
}

class QuitWhenReadyTest : public ::testing::Test {
protected:
    int run(const QStringList& arguments, QString* errors = nullptr)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // Never the user's own settings, even though a measuring run writes none.
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           m_dir.filePath(QStringLiteral("config")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(TESSERA_GUI_BINARY), arguments);
        EXPECT_TRUE(process.waitForFinished(60000));
        if (errors) {
            *errors = QString::fromLocal8Bit(process.readAllStandardError());
        }
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("sample.tessera"));
        ASSERT_TRUE(createSampleStudy(m_project).ok());
    }

    QTemporaryDir m_dir;
    QString m_project;
};

TEST_F(QuitWhenReadyTest, exitsZeroOnceTheDocumentIsShown)
{
    EXPECT_EQ(run({QStringLiteral("--quit-when-ready"), m_project,
                   QStringLiteral("FG2 Family support and early help")}),
              0);
    EXPECT_EQ(run({QStringLiteral("--quit-when-ready"), m_project, QStringLiteral("3")}), 0);
    EXPECT_EQ(run({QStringLiteral("--quit-when-ready"), m_project}), 0);
    EXPECT_FALSE(QFileInfo::exists(m_dir.filePath(QStringLiteral("config/Tessera/Tessera.conf"))));
}

TEST_F(QuitWhenReadyTest, exitsOneWithAMessageForABadDocumentOrProject)
{
    QString errors;
    EXPECT_EQ(run({QStringLiteral("--quit-when-ready"), m_project, QStringLiteral("FG9")}, &errors),
              1);
    EXPECT_TRUE(errors.contains(QStringLiteral("FG9"))) << errors.toStdString();
    EXPECT_EQ(
        run({QStringLiteral("--quit-when-ready"), m_dir.filePath(QStringLiteral("none.tessera"))},
            &errors),
        1);
    EXPECT_TRUE(errors.contains(QStringLiteral("none.tessera"))) << errors.toStdString();
}

} // namespace
} // namespace tessera::ui::test
