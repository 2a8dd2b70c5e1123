// Drawing the thematic map: the SVG is well-formed XML naming every theme with sane dimensions,
// the PNG decodes at the expected size, and labels are escaped. Set TESSERA_MAP_OUTPUT to a
// folder to keep the sample study's map.svg and map.png for a look.

#include "common/Environment.h"
#include "map/ThematicMap.h"
#include "project/Project.h"
#include "sample/SampleStudy.h"

#include <QBuffer>
#include <QColor>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace tessera {
namespace {

struct SvgFacts {
    QString error; // empty when well-formed
    QString width;
    QString height;
    QList<double> viewBox;
    QString title;
    QString text; // every <text>, joined with spaces (wrapped labels rejoin)
    bool dashed = false;
};

SvgFacts readSvg(const QByteArray& svg)
{
    SvgFacts facts;
    QXmlStreamReader xml(svg);
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        const auto attributes = xml.attributes();
        if (attributes.hasAttribute(u"stroke-dasharray"_s) &&
            attributes.value(u"stroke-dasharray"_s) != u"none"_s) {
            facts.dashed = true;
        }
        if (xml.name() == u"svg"_s) {
            facts.width = attributes.value(u"width"_s).toString();
            facts.height = attributes.value(u"height"_s).toString();
            for (const QString& part :
                 attributes.value(u"viewBox"_s).toString().split(u' ', Qt::SkipEmptyParts)) {
                facts.viewBox << part.toDouble();
            }
        } else if (xml.name() == u"title"_s) {
            facts.title = xml.readElementText();
        } else if (xml.name() == u"text"_s) {
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
        }
    }
    if (xml.hasError()) {
        facts.error = xml.errorString() + u" at line "_s + QString::number(xml.lineNumber());
    }
    facts.text = texts.join(u' ');
    return facts;
}

QImage decodePng(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    EXPECT_TRUE(image.save(&buffer, "PNG"));
    QImage decoded;
    EXPECT_TRUE(decoded.loadFromData(bytes, "PNG"));
    return decoded;
}

class ThematicMapRenderTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        Environment::useDeterministicSeams();
        ASSERT_TRUE(m_dir.isValid());
    }
    void TearDown() override
    {
        m_project.reset();
        Environment::resetSeams();
    }
    void loadSample()
    {
        auto created = createSampleStudy(m_dir.filePath(u"sample.tessera"_s));
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        m_project = std::move(*created);
    }
    void createEmpty()
    {
        auto created = Project::create(m_dir.filePath(u"empty.tessera"_s), u"Empty"_s);
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        m_project = std::move(*created);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
};

TEST_F(ThematicMapRenderTest, sampleSvg_wellFormed_namesEveryTheme_sizesSane)
{
    ASSERT_NO_FATAL_FAILURE(loadSample());
    Project& project = *m_project;
    const ThematicMap map = buildThematicMap(project);
    const QByteArray svg = renderThematicMapSvg(map, project.title());
    const SvgFacts facts = readSvg(svg);
    ASSERT_TRUE(facts.error.isEmpty()) << facts.error.toStdString();
    EXPECT_EQ(facts.title, project.title());
    for (const Theme& t : project.themes()) {
        EXPECT_TRUE(facts.text.contains(t.fields.name)) << t.fields.name.toStdString();
    }
    for (const MapNode& n : map.nodes) {
        EXPECT_TRUE(facts.text.contains(n.label)) << n.label.toStdString();
    }
    ASSERT_EQ(facts.viewBox.size(), 4);
    EXPECT_EQ(facts.viewBox[0], 0);
    EXPECT_EQ(facts.viewBox[1], 0);
    EXPECT_GT(facts.viewBox[2], 400);
    EXPECT_GT(facts.viewBox[3], 300);
    EXPECT_LT(facts.viewBox[2], 4000);
    EXPECT_LT(facts.viewBox[3], 4000);
    // Physical size at 96 dpi, as QSvgGenerator writes it (millimetres).
    ASSERT_TRUE(facts.width.endsWith(u"mm"_s)) << facts.width.toStdString();
    EXPECT_NEAR(facts.width.chopped(2).toDouble(), facts.viewBox[2] * 25.4 / 96, 1.0);
    EXPECT_NEAR(facts.height.chopped(2).toDouble(), facts.viewBox[3] * 25.4 / 96, 1.0);

    if (const QString out = qEnvironmentVariable("TESSERA_MAP_OUTPUT"); !out.isEmpty()) {
        QDir().mkpath(out);
        QFile file(QDir(out).filePath(u"map.svg"_s));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(svg);
        ASSERT_TRUE(renderThematicMapImage(map, 2.0).save(QDir(out).filePath(u"map.png"_s)));
    }
}

TEST_F(ThematicMapRenderTest, samplePng_decodesAtScaledSvgSize_inThemeColours)
{
    ASSERT_NO_FATAL_FAILURE(loadSample());
    Project& project = *m_project;
    const ThematicMap map = buildThematicMap(project);
    const SvgFacts facts = readSvg(renderThematicMapSvg(map, QString()));
    ASSERT_EQ(facts.viewBox.size(), 4);
    for (double scale : {1.0, 2.0, 1.5}) {
        const QImage png = decodePng(renderThematicMapImage(map, scale));
        ASSERT_FALSE(png.isNull());
        EXPECT_EQ(png.width(), int(std::ceil(facts.viewBox[2] * scale))) << scale;
        EXPECT_EQ(png.height(), int(std::ceil(facts.viewBox[3] * scale))) << scale;
    }
    // Overarching themes are filled with their colour: plenty of pixels show it exactly.
    const QImage image = renderThematicMapImage(map, 1.0).convertToFormat(QImage::Format_RGB32);
    for (const MapNode& n : map.nodes) {
        if (n.kind != MapNode::Kind::OverarchingTheme) {
            continue;
        }
        const QRgb wanted = QColor::fromString(n.color).rgb();
        int matching = 0;
        for (int y = 0; y < image.height(); ++y) {
            const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
            matching += int(std::count(line, line + image.width(), wanted));
        }
        EXPECT_GT(matching, 2000) << n.label.toStdString();
    }
    // Nonsense scales draw at 1:1 rather than failing.
    EXPECT_EQ(renderThematicMapImage(map, 0).size(), renderThematicMapImage(map, 1.0).size());
    EXPECT_EQ(renderThematicMapImage(map, std::numeric_limits<double>::quiet_NaN()).size(),
              renderThematicMapImage(map, 1.0).size());
}

TEST_F(ThematicMapRenderTest, labelsWithMarkup_escaped)
{
    ASSERT_NO_FATAL_FAILURE(createEmpty());
    Project& project = *m_project;
    ThemeFields fields;
    fields.name = u"Tom & \"Jerry\" <kids>"_s;
    fields.status = ThemeStatus::Final;
    ASSERT_TRUE(project.addTheme(fields).ok());
    const QByteArray svg = renderThematicMapSvg(buildThematicMap(project), u"A & B <map>"_s);
    const SvgFacts facts = readSvg(svg);
    ASSERT_TRUE(facts.error.isEmpty()) << facts.error.toStdString();
    EXPECT_TRUE(facts.text.contains(fields.name));
    EXPECT_EQ(facts.title, u"A & B <map>"_s);
    EXPECT_FALSE(svg.contains("<kids>"));
}

TEST_F(ThematicMapRenderTest, statusShownByBorder_candidateDashed)
{
    ASSERT_NO_FATAL_FAILURE(createEmpty());
    Project& project = *m_project;
    ThemeFields fields;
    fields.name = u"Settled"_s;
    fields.status = ThemeStatus::Final;
    ASSERT_TRUE(project.addTheme(fields).ok());
    EXPECT_FALSE(readSvg(renderThematicMapSvg(buildThematicMap(project), QString())).dashed);
    fields.name = u"Still forming"_s;
    fields.status = ThemeStatus::Candidate;
    ASSERT_TRUE(project.addTheme(fields).ok());
    const SvgFacts facts = readSvg(renderThematicMapSvg(buildThematicMap(project), QString()));
    EXPECT_TRUE(facts.dashed);
    EXPECT_TRUE(facts.text.contains(u"Candidate"_s)); // the key explains the borders
}

TEST_F(ThematicMapRenderTest, emptyMap_drawsAHint)
{
    ASSERT_NO_FATAL_FAILURE(createEmpty());
    const ThematicMap map = buildThematicMap(*m_project);
    const SvgFacts facts = readSvg(renderThematicMapSvg(map, QString()));
    ASSERT_TRUE(facts.error.isEmpty()) << facts.error.toStdString();
    EXPECT_TRUE(facts.text.contains(u"No themes yet"_s));
    const QImage png = decodePng(renderThematicMapImage(map, 2.0));
    EXPECT_EQ(png.size(), QSize(960, 320));
}

} // namespace
} // namespace tessera
