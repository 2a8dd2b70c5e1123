#include "WorkbenchFixture.h"
#include "workbench/ErrorReporter.h"
#include "workbench/ExportController.h"
#include "workbench/ImportController.h"
#include "workbench/WorkbenchActions.h"
#include "workbench/WorkbenchSession.h"

#include <QAction>
#include <QApplication>
#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QSignalSpy>
#include <QUrl>

namespace tessera::ui::test {
namespace {

class ImportExportTest : public WorkbenchFixture {
protected:
    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    QString transcript(const QString& name)
    {
        return writeFile(name, "Facilitator: Thanks for joining. How did the first week go?\n"
                               "P1: Honestly, the phone was the only way in.\n"
                               "P2: We had no Wi-Fi at home for a month.\n");
    }

    ImportOutcome waitForImport(QSignalSpy& spy)
    {
        EXPECT_TRUE(spy.count() > 0 || spy.wait(20000));
        return spy.isEmpty() ? ImportOutcome{} : spy.takeFirst().at(0).value<ImportOutcome>();
    }
};

TEST_F(ImportExportTest, droppingTranscriptFilesOnTheWindowImportsThemAndListsErrors)
{
    const QString good = transcript(QStringLiteral("Focus group 4.txt"));
    const QString empty = writeFile(QStringLiteral("empty.txt"), "   \n");
    auto* mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(good), QUrl::fromLocalFile(empty)});
    QSignalSpy finished(session().importer(), &ImportController::finished);

    QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    ASSERT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(200, 200), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    const ImportOutcome outcome = waitForImport(finished);
    delete mime;

    EXPECT_EQ(outcome.imported, QStringList{QStringLiteral("Focus group 4")});
    ASSERT_EQ(outcome.problems.size(), 1);
    EXPECT_TRUE(outcome.problems[0].startsWith(QStringLiteral("empty.txt: ")));
    auto stored = reopen();
    auto document = stored->findDocument(QStringLiteral("Focus group 4"));
    ASSERT_TRUE(document.ok());
    EXPECT_EQ(document->turnCount, 3);
    EXPECT_EQ(session().state().currentDocument(), document->id);
    EXPECT_TRUE(
        m_window->reporter().lastMessage().contains(QStringLiteral("could not be imported")));
}

TEST_F(ImportExportTest, importMenuAsksForFilesAndAGroup)
{
    m_answers.openFiles = {transcript(QStringLiteral("fg4.txt"))};
    m_answers.text = QStringLiteral("Focus group 4");
    QSignalSpy finished(session().importer(), &ImportController::finished);

    m_window->actions().importTranscripts->trigger();
    waitForImport(finished);

    auto document = reopen()->findDocument(QStringLiteral("fg4"));
    ASSERT_TRUE(document.ok());
    EXPECT_EQ(document->groupName, QStringLiteral("Focus group 4"));
}

TEST_F(ImportExportTest, reimportingTheSameTranscriptIsRefusedAndANameClashIsNumbered)
{
    const QString first = transcript(QStringLiteral("fg4.txt"));
    QSignalSpy finished(session().importer(), &ImportController::finished);
    session().importer()->importFiles({first});
    waitForImport(finished);
    session().importer()->importFiles({first});
    ImportOutcome again = waitForImport(finished);
    EXPECT_TRUE(again.imported.isEmpty());
    ASSERT_EQ(again.problems.size(), 1);
    EXPECT_TRUE(again.problems[0].contains(QStringLiteral("already in the project")));

    QDir().mkpath(m_dir.filePath(QStringLiteral("other")));
    const QString clash =
        writeFile(QStringLiteral("other/fg4.txt"), "P1: Something else entirely.\n");
    session().importer()->importFiles({clash});
    EXPECT_EQ(waitForImport(finished).imported, QStringList{QStringLiteral("fg4 (2)")});
    EXPECT_TRUE(reopen()->findDocument(QStringLiteral("fg4 (2)")).ok());
}

TEST_F(ImportExportTest, exportsWriteTheFormatNamedByTheSuffix)
{
    ExportController* exporter = session().exporter();
    QSignalSpy finished(exporter, &ExportController::finished);
    const QString summary = m_dir.filePath(QStringLiteral("themes.md"));
    exporter->exportTo(ExportController::Kind::ThemeSummary, summary);
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_TRUE(finished.takeFirst().at(0).toBool());
    QFile markdown(summary);
    ASSERT_TRUE(markdown.open(QIODevice::ReadOnly));
    EXPECT_TRUE(markdown.readAll().startsWith("# "));

    m_answers.saveFile = m_dir.filePath(QStringLiteral("codebook.html"));
    m_window->actions().exportCodebook->trigger();
    ASSERT_TRUE(finished.wait(20000));
    QFile html(m_answers.saveFile);
    ASSERT_TRUE(html.open(QIODevice::ReadOnly));
    EXPECT_TRUE(html.readAll().contains("<html"));
}

TEST_F(ImportExportTest, exportToAnUnknownSuffixExplainsAndWritesNothing)
{
    ExportController* exporter = session().exporter();
    QSignalSpy finished(exporter, &ExportController::finished);
    const QString target = m_dir.filePath(QStringLiteral("themes.pdfx"));
    exporter->exportTo(ExportController::Kind::ThemeSummary, target);

    ASSERT_EQ(finished.count(), 1);
    EXPECT_FALSE(finished.at(0).at(0).toBool());
    EXPECT_FALSE(QFileInfo::exists(target));
    EXPECT_TRUE(m_window->reporter().lastProblem().contains(QStringLiteral(".md")));
}

} // namespace
} // namespace tessera::ui::test
