#include "map/MapExport.h"

#include "MapFixture.h"
#include "map/ThematicMap.h"
#include "map/ThematicMapPane.h"
#include "workbench/ErrorReporter.h"
#include "workbench/ExportController.h"
#include "workbench/UserPrompts.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMainWindow>
#include <QSignalSpy>
#include <QStatusBar>
#include <QXmlStreamReader>

namespace tessera::ui::test {
namespace {

class MapExportTest : public MapFixture {
protected:
    void SetUp() override
    {
        MapFixture::SetUp();
        m_reporter = std::make_unique<ErrorReporter>(&m_window, m_window.statusBar(), false);
        m_exporter =
            std::make_unique<ExportController>(project(), m_prompts, &m_window, *m_reporter);
    }
    void TearDown() override
    {
        m_exporter.reset();
        m_reporter.reset();
        MapFixture::TearDown();
    }

    // Exports through the window's controller (worker thread) and waits for the outcome.
    bool exportMap(const QString& path)
    {
        QSignalSpy finished(m_exporter.get(), &ExportController::finished);
        m_exporter->exportTo(ExportController::Kind::ThematicMap, path);
        EXPECT_TRUE(finished.count() > 0 || finished.wait(20000));
        return !finished.isEmpty() && finished.at(0).at(0).toBool();
    }

    static QByteArray contents(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QMainWindow m_window;
    UserPrompts m_prompts;
    std::unique_ptr<ErrorReporter> m_reporter;
    std::unique_ptr<ExportController> m_exporter;
};

TEST_F(MapExportTest, svgIsWellFormedAndNamesEveryTheme)
{
    const QString path = m_dir.filePath(QStringLiteral("map.svg"));
    ASSERT_TRUE(exportMap(path));
    const QByteArray svg = contents(path);
    QXmlStreamReader reader(svg);
    bool sawSvg = false;
    while (!reader.atEnd()) {
        reader.readNext();
        sawSvg = sawSvg || (reader.isStartElement() && reader.name() == u"svg");
    }
    EXPECT_FALSE(reader.hasError()) << reader.errorString().toStdString();
    EXPECT_TRUE(sawSvg);
    for (const Theme& theme : project().themes()) {
        // Long names are wrapped over several lines: the first word is always there.
        const QString firstWord = theme.fields.name.section(QLatin1Char(' '), 0, 0);
        EXPECT_TRUE(QString::fromUtf8(svg).contains(firstWord.toHtmlEscaped()))
            << theme.fields.name.toStdString();
    }
}

TEST_F(MapExportTest, pngIsAnImageOfTheWholeMap)
{
    const QString path = m_dir.filePath(QStringLiteral("map.png"));
    ASSERT_TRUE(exportMap(path));
    const QByteArray png = contents(path);
    EXPECT_TRUE(png.startsWith("\x89PNG"));
    QImage image;
    ASSERT_TRUE(image.loadFromData(png, "PNG"));
    EXPECT_GT(image.width(), 400);
    EXPECT_GT(image.height(), 300);
}

TEST_F(MapExportTest, exportShowsStoredPositions)
{
    // The export draws what the view shows: with a node moved far away the picture grows.
    const QByteArray before = renderMapFile(project(), MapFileFormat::Png);
    QImage original;
    ASSERT_TRUE(original.loadFromData(before, "PNG"));
    const auto key = mapNodeKeyForTheme(project().themes().constFirst().guid);
    ASSERT_TRUE(project().setMapPositions(QHash<QString, QPointF>{{key, QPointF(3000, 0)}}).ok());
    QImage moved;
    ASSERT_TRUE(moved.loadFromData(renderMapFile(project(), MapFileFormat::Png), "PNG"));
    EXPECT_GT(moved.width(), original.width());
}

TEST_F(MapExportTest, anUnknownEndingIsRefusedAndNothingIsWritten)
{
    const QString path = m_dir.filePath(QStringLiteral("map.jpg"));
    EXPECT_FALSE(exportMap(path));
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_TRUE(m_reporter->lastProblem().contains(QStringLiteral(".svg")));
}

TEST_F(MapExportTest, aFolderThatCannotBeWrittenIsReportedAndNothingIsLeftBehind)
{
    const QString path = m_dir.filePath(QStringLiteral("missing folder/map.svg"));
    EXPECT_FALSE(exportMap(path));
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_TRUE(m_reporter->lastProblem().contains(QStringLiteral("Cannot write")))
        << m_reporter->lastProblem().toStdString();
}

TEST_F(MapExportTest, thePanesExportButtonAsksTheWindow)
{
    QSignalSpy requested(&pane(), &ThematicMapPane::exportRequested);
    pane().menuActions().constLast()->trigger();
    EXPECT_EQ(requested.count(), 1);
}

} // namespace
} // namespace tessera::ui::test
