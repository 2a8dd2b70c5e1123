#include "WorkbenchFixture.h"
#include "board/ThemeBoard.h"
#include "map/ThematicMapPane.h"
#include "map/ThematicMapView.h"
#include "workbench/ErrorReporter.h"
#include "workbench/ExportController.h"
#include "workbench/MemoPane.h"
#include "workbench/ThemeExportDialog.h"
#include "workbench/ThemePane.h"
#include "workbench/WorkbenchActions.h"
#include "workbench/WorkbenchSession.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMenu>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

namespace tessera::ui::test {
namespace {

// The theme board, the thematic map and the new export formats inside the real window.
class ThemeDevelopmentWindowTest : public WorkbenchFixture {
protected:
    ThemeId themeNamed(const QString& name) const
    {
        auto theme = project().findTheme(name);
        EXPECT_TRUE(theme.ok()) << name.toStdString();
        return theme ? theme->id : ThemeId();
    }

    bool waitForExport(QSignalSpy& finished)
    {
        EXPECT_TRUE(finished.count() > 0 || finished.wait(30000));
        return !finished.isEmpty() && finished.takeFirst().at(0).toBool();
    }

    QByteArray contents(const QString& path) const
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
};

TEST_F(ThemeDevelopmentWindowTest, viewMenuShowsCodingTheBoardAndTheMap)
{
    WorkbenchActions& actions = m_window->actions();
    EXPECT_EQ(session().currentCentral(), WorkbenchSession::CentralView::Coding);

    actions.showThemeBoard->trigger();
    EXPECT_EQ(session().currentCentral(), WorkbenchSession::CentralView::ThemeBoard);
    EXPECT_TRUE(session().board()->isVisible());
    EXPECT_TRUE(session().board()->isAncestorOf(QApplication::focusWidget()));

    actions.showThematicMap->trigger();
    EXPECT_EQ(session().currentCentral(), WorkbenchSession::CentralView::ThematicMap);
    EXPECT_EQ(QApplication::focusWidget(), session().thematicMap()->view());
    // Alt+1 goes to whatever the middle shows.
    m_window->focusPane(MainWindow::TranscriptArea);
    EXPECT_EQ(QApplication::focusWidget(), session().thematicMap()->view());

    // Going to a passage means coding again.
    const auto document = project().documents().constFirst().id;
    session().state().requestExcerpt(TextRange{document, 0, 5});
    EXPECT_EQ(session().currentCentral(), WorkbenchSession::CentralView::Coding);
}

TEST_F(ThemeDevelopmentWindowTest, theBoardAndTheThemesPaneChooseTheSameTheme)
{
    const ThemeId candidate = themeNamed(QStringLiteral("Present but not participating"));
    m_window->actions().showThemeBoard->trigger();
    session().board()->selectTheme(candidate);
    // selectTheme() is what a click ends in; the pane and the memo follow.
    EXPECT_EQ(session().themes()->currentTheme(), candidate);
    EXPECT_EQ(session().memo()->target().kind, MemoTarget::Kind::Theme);
    EXPECT_EQ(session().memo()->target().id, candidate.value);

    const ThemeId other = themeNamed(QStringLiteral("The office in the kitchen"));
    session().themes()->selectTheme(other);
    EXPECT_EQ(session().board()->currentTheme(), other);

    // The Themes menu acts on that theme too.
    QAction* promote = nullptr;
    for (QAction* action : m_window->actions().themeMenu->actions()) {
        if (action->text() == ThemeBoard::tr("&Promote")) {
            promote = action;
        }
    }
    ASSERT_NE(promote, nullptr);
    session().board()->selectTheme(candidate);
    promote->trigger();
    EXPECT_EQ(reopen()->theme(candidate)->fields.status, ThemeStatus::Reviewed);
}

TEST_F(ThemeDevelopmentWindowTest, themeSummaryAsksForOptionsThenWritesTheChosenThemes)
{
    m_window->actions().exportThemes->trigger();
    ThemeExportDialog* dialog = session().exporter()->optionsDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(m_answers.questions, 0) << "the file is asked for after the options";
    // Only the third overarching theme, no further quotes beyond the key ones, no timestamps.
    const QList<Theme> themes = project().themes();
    for (const Theme& theme : themes) {
        if (!theme.parentId) {
            dialog->setThemeChecked(theme.id, theme.fields.name.startsWith(
                                                  QStringLiteral("Practitioners' own challenges")));
        }
    }
    dialog->quotesBox()->setValue(0);
    dialog->timestampsBox()->setChecked(false);
    const ThemeReportOptions options = dialog->options();
    ASSERT_EQ(options.themes.size(), 1);
    EXPECT_EQ(options.maxQuotesPerTheme, 0);
    EXPECT_FALSE(options.includeTimestamps);

    m_answers.saveFile = m_dir.filePath(QStringLiteral("themes.md"));
    QSignalSpy finished(session().exporter(), &ExportController::finished);
    dialog->accept();
    ASSERT_TRUE(waitForExport(finished));
    EXPECT_EQ(m_answers.questions, 1);
    const QString markdown = QString::fromUtf8(contents(m_answers.saveFile));
    EXPECT_TRUE(markdown.contains(QStringLiteral("The office in the kitchen")));
    EXPECT_FALSE(markdown.contains(QStringLiteral("Digital poverty decides who is reached")));
}

TEST_F(ThemeDevelopmentWindowTest, reportsAreWrittenInTheWordProcessorFormats)
{
    ExportController* exporter = session().exporter();
    QSignalSpy finished(exporter, &ExportController::finished);
    const QString docx = m_dir.filePath(QStringLiteral("themes.docx"));
    exporter->exportTo(ExportController::Kind::ThemeSummary, docx);
    ASSERT_TRUE(waitForExport(finished));
    EXPECT_TRUE(contents(docx).startsWith("PK")) << "a DOCX is a zip package";

    const QString odt = m_dir.filePath(QStringLiteral("themes.odt"));
    exporter->exportTo(ExportController::Kind::ThemeSummary, odt);
    ASSERT_TRUE(waitForExport(finished));
    EXPECT_TRUE(contents(odt).startsWith("PK"));

    m_answers.saveFile = m_dir.filePath(QStringLiteral("codebook.pdf"));
    m_window->actions().exportCodebook->trigger();
    ASSERT_TRUE(waitForExport(finished));
    EXPECT_TRUE(contents(m_answers.saveFile).startsWith("%PDF"));
    EXPECT_TRUE(m_window->reporter().lastMessage().contains(QStringLiteral("codebook.pdf")));
}

TEST_F(ThemeDevelopmentWindowTest, aFailedExportSaysWhyAndLeavesNothingBehind)
{
    ExportController* exporter = session().exporter();
    QSignalSpy finished(exporter, &ExportController::finished);
    const QString target = m_dir.filePath(QStringLiteral("no such folder/themes.docx"));
    exporter->exportTo(ExportController::Kind::ThemeSummary, target);
    EXPECT_FALSE(waitForExport(finished));
    EXPECT_FALSE(QFileInfo::exists(target));
    EXPECT_TRUE(m_window->reporter().lastProblem().contains(QStringLiteral("Cannot write")))
        << m_window->reporter().lastProblem().toStdString();
}

TEST_F(ThemeDevelopmentWindowTest, fileMenuExportsTheThematicMap)
{
    m_answers.saveFile = m_dir.filePath(QStringLiteral("map.png"));
    QSignalSpy finished(session().exporter(), &ExportController::finished);
    m_window->actions().exportMap->trigger();
    ASSERT_TRUE(waitForExport(finished));
    QImage image;
    EXPECT_TRUE(image.loadFromData(contents(m_answers.saveFile), "PNG"));
    EXPECT_FALSE(image.isNull());
}

} // namespace
} // namespace tessera::ui::test
