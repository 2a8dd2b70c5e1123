// The File menu's REFI-QDA exchange and merging, driven through the window's actions with the
// file names answered by the test: export a .qdpx and .qdc, import the codebook back, merge a
// colleague's project and see its conflicts in the report.
#include "TeamFixture.h"
#include "project/Project.h"
#include "refi/RefiProjectImport.h"
#include "team/CodebookCompareDialog.h"
#include "workbench/ErrorReporter.h"
#include "workbench/WorkbenchActions.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTableWidget>

#include <gtest/gtest.h>

namespace tessera::ui::test {
namespace {

class RefiActionsTest : public TeamFixture {
protected:
    static QByteArray head(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.read(64) : QByteArray();
    }
};

TEST_F(RefiActionsTest, exportedProjectImportsIntoANewProjectWithItsCodings)
{
    m_answers.saveFile = m_dir.filePath(QStringLiteral("team.qdpx"));
    m_window->actions().exportQdpx->trigger();
    ASSERT_TRUE(head(m_answers.saveFile).startsWith("PK"))
        << m_window->reporter().lastProblem().toStdString();
    EXPECT_TRUE(m_window->reporter().lastMessage().contains(QStringLiteral("team.qdpx")));

    const QString created = m_dir.filePath(QStringLiteral("imported.tessera"));
    auto report = importQdpxAsNewProject(m_answers.saveFile, created);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    auto imported = Project::open(created);
    ASSERT_TRUE(imported.ok());
    EXPECT_EQ((*imported)->codings({}).size(), project().codings({}).size());
    EXPECT_TRUE((*imported)->findCodeByPath(QStringLiteral("Trust")).ok());
}

TEST_F(RefiActionsTest, codebookExportsAndImportsIntoAnotherProject)
{
    m_answers.saveFile = m_dir.filePath(QStringLiteral("codebook.qdc"));
    m_window->actions().exportQdc->trigger();
    ASSERT_TRUE(head(m_answers.saveFile).contains("<?xml"));

    // Importing our own codebook matches every code: nothing new.
    const int before = int(project().codes().size());
    m_answers.openFile = m_answers.saveFile;
    m_window->actions().importQdc->trigger();
    EXPECT_EQ(int(reopen()->codes().size()), before);
    EXPECT_TRUE(m_window->reporter().lastProblem().isEmpty())
        << m_window->reporter().lastProblem().toStdString();

    // A missing file is refused with its name and changes nothing.
    m_answers.openFile = m_dir.filePath(QStringLiteral("missing.qdc"));
    m_window->actions().importQdc->trigger();
    EXPECT_TRUE(m_window->reporter().lastProblem().contains(QStringLiteral("missing.qdc")))
        << m_window->reporter().lastProblem().toStdString();
    EXPECT_EQ(int(reopen()->codes().size()), before);
}

TEST_F(RefiActionsTest, mergeShowsTheReportWithConflicts)
{
    CodeFields ours = project().code(m_trust)->fields;
    ours.description = QStringLiteral("Participants rely on the service");
    ASSERT_TRUE(project().updateCode(m_trust, ours).ok());
    const QString otherPath = m_dir.filePath(QStringLiteral("colleague.tessera"));
    {
        auto other = Project::create(otherPath, QStringLiteral("Colleague"));
        ASSERT_TRUE(other.ok());
        CodeFields trust;
        trust.name = QStringLiteral("Trust");
        trust.description = QStringLiteral("A different definition of trust");
        ASSERT_TRUE((*other)->addCode(trust).ok());
        CodeFields fresh;
        fresh.name = QStringLiteral("Workload");
        ASSERT_TRUE((*other)->addCode(fresh).ok());
    }
    QSignalSpy reports(&m_window->reporter(), &ErrorReporter::reportShown);
    m_answers.openFile = otherPath;
    m_window->actions().mergeProject->trigger();

    ASSERT_EQ(reports.size(), 1) << m_window->reporter().lastProblem().toStdString();
    const QString details = reports.first().at(1).toString();
    EXPECT_TRUE(details.contains(QStringLiteral("A different definition of trust")))
        << details.toStdString();
    EXPECT_TRUE(m_window->reporter().lastMessage().contains(QStringLiteral("1 conflict")))
        << m_window->reporter().lastMessage().toStdString();
    EXPECT_TRUE(reopen()->findCodeByPath(QStringLiteral("Workload")).ok());

    // Merging twice adds nothing more.
    const int codes = int(reopen()->codes().size());
    m_window->actions().mergeProject->trigger();
    EXPECT_EQ(int(reopen()->codes().size()), codes);
}

TEST_F(RefiActionsTest, compareCodebooksShowsTheDifferencesSideBySide)
{
    m_answers.saveFile = m_dir.filePath(QStringLiteral("before.qdc"));
    m_window->actions().exportQdc->trigger();
    ASSERT_TRUE(QFileInfo::exists(m_answers.saveFile));
    CodeFields fields = project().code(m_trust)->fields;
    fields.name = QStringLiteral("Confidence");
    ASSERT_TRUE(project().updateCode(m_trust, fields).ok());

    m_answers.openFile = m_answers.saveFile;
    m_window->actions().compareCodebooks->trigger();
    auto* dialog = m_window->findChild<CodebookCompareDialog*>();
    ASSERT_NE(dialog, nullptr) << m_window->reporter().lastProblem().toStdString();
    QTableWidget* table = dialog->table();
    bool renamed = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        // A is this project (Confidence), B the earlier codebook (Trust).
        renamed = renamed || (table->item(row, 0)->text() == QStringLiteral("renamed") &&
                              table->item(row, 1)->text() == QStringLiteral("Confidence") &&
                              table->item(row, 2)->text() == QStringLiteral("Trust"));
    }
    EXPECT_TRUE(renamed);
    dialog->close();

    m_answers.openFile = m_dir.filePath(QStringLiteral("nowhere.qdc"));
    m_window->actions().compareCodebooks->trigger();
    EXPECT_TRUE(m_window->reporter().lastProblem().contains(QStringLiteral("nowhere.qdc")))
        << m_window->reporter().lastProblem().toStdString();
}

} // namespace
} // namespace tessera::ui::test
