// export-map end to end: the real tessera-cli draws the sample study's thematic map as SVG and
// PNG; bad usage is exit 2, a file that cannot be written exit 1, and nothing half-written.

#include "CliRunner.h"
#include "support/TestPaths.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace tessera::test;

namespace {

class CliMap : public ::testing::Test {
protected:
    void SetUp() override
    {
        const CliResult r = cli.run({u"sample"_s, u"s.tessera"_s});
        ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    }
    CliResult exportMap(const QStringList& extra, bool json = false) const
    {
        const QStringList args = QStringList{u"export-map"_s, u"s.tessera"_s} + extra;
        return json ? cli.runJson(args) : cli.run(args);
    }
    CliRunner cli;
};

// The SVG's viewBox width and height, and every <text> joined; empty on an XML error.
struct SvgContent {
    double width = 0;
    double height = 0;
    QString text;
};

SvgContent readSvg(const QByteArray& bytes)
{
    SvgContent content;
    QXmlStreamReader xml(bytes);
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        if (xml.name() == u"svg"_s) {
            const QStringList box =
                xml.attributes().value(u"viewBox"_s).toString().split(u' ', Qt::SkipEmptyParts);
            if (box.size() == 4) {
                content.width = box[2].toDouble();
                content.height = box[3].toDouble();
            }
        } else if (xml.name() == u"text"_s) {
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
        }
    }
    if (xml.hasError()) {
        ADD_FAILURE() << "SVG is not well-formed: " << xml.errorString().toStdString();
        return {};
    }
    content.text = texts.join(u' ');
    return content;
}

} // namespace

TEST_F(CliMap, svgAndPng_writtenWithSummary)
{
    const QString svgPath = cli.path(u"map.svg"_s);
    const CliResult svg = exportMap({u"--format"_s, u"svg"_s, u"-o"_s, svgPath}, /*json=*/true);
    ASSERT_EQ(svg.exitCode, 0) << qPrintable(svg.err);
    const QJsonObject summary = svg.json().object();
    EXPECT_EQ(summary.value(u"file"_s).toString(), QFileInfo(svgPath).absoluteFilePath());
    EXPECT_EQ(summary.value(u"format"_s).toString(), u"svg"_s);
    EXPECT_EQ(summary.value(u"bytes"_s).toInteger(), QFileInfo(svgPath).size());
    EXPECT_GE(summary.value(u"nodes"_s).toInt(), 12 + 10); // 12 themes and their codes
    EXPECT_EQ(summary.value(u"edges"_s).toInt(), summary.value(u"nodes"_s).toInt() - 3);

    const SvgContent content = readSvg(readFileBytes(svgPath));
    const QJsonArray themes = cli.runJson({u"themes"_s, u"s.tessera"_s}).json().array();
    ASSERT_EQ(themes.size(), 3);
    for (const QJsonValue& top : themes) {
        EXPECT_TRUE(content.text.contains(top.toObject().value(u"name"_s).toString()));
        for (const QJsonValue& child : top.toObject().value(u"children"_s).toArray()) {
            EXPECT_TRUE(content.text.contains(child.toObject().value(u"name"_s).toString()));
        }
    }

    const QString pngPath = cli.path(u"map.png"_s);
    const CliResult png =
        exportMap({u"--format"_s, u"PNG"_s, u"-o"_s, pngPath, u"--scale"_s, u"1.5"_s});
    ASSERT_EQ(png.exitCode, 0) << qPrintable(png.err);
    EXPECT_TRUE(png.out.contains(pngPath)) << qPrintable(png.out);
    QImage image;
    ASSERT_TRUE(image.load(pngPath, "PNG"));
    EXPECT_EQ(image.width(), int(std::ceil(content.width * 1.5)));
    EXPECT_EQ(image.height(), int(std::ceil(content.height * 1.5)));

    const QString defaultScale = cli.path(u"map2.png"_s);
    ASSERT_EQ(exportMap({u"--format"_s, u"png"_s, u"-o"_s, defaultScale}).exitCode, 0);
    ASSERT_TRUE(image.load(defaultScale, "PNG"));
    EXPECT_EQ(image.width(), int(std::ceil(content.width * 2)));
}

TEST_F(CliMap, badUsage_exit2_writesNothing)
{
    const QString file = cli.path(u"map.out"_s);
    const QList<QStringList> usages = {
        {u"--format"_s, u"pdf"_s, u"-o"_s, file},
        {u"--format"_s, u"svg"_s},
        {u"-o"_s, file},
        {u"--format"_s, u"svg"_s, u"-o"_s, file, u"--scale"_s, u"2"_s},
        {u"--format"_s, u"png"_s, u"-o"_s, file, u"--scale"_s, u"0"_s},
        {u"--format"_s, u"png"_s, u"-o"_s, file, u"--scale"_s, u"big"_s},
        {u"--format"_s, u"png"_s, u"-o"_s, file, u"--scale"_s, u"100"_s},
        {u"--format"_s, u"png"_s, u"-o"_s, file, u"--layout"_s, u"radial"_s},
    };
    for (const QStringList& args : usages) {
        const CliResult r = exportMap(args);
        EXPECT_EQ(r.exitCode, 2) << qPrintable(args.join(u' '));
        EXPECT_FALSE(r.err.isEmpty());
    }
    EXPECT_FALSE(QFile::exists(file));
}

TEST_F(CliMap, unwritablePathOrMissingProject_exit1_writesNothing)
{
    const QString nowhere = cli.path(u"no/such/folder/map.svg"_s);
    const CliResult missingFolder = exportMap({u"--format"_s, u"svg"_s, u"-o"_s, nowhere});
    EXPECT_EQ(missingFolder.exitCode, 1);
    EXPECT_FALSE(missingFolder.err.isEmpty());
    EXPECT_FALSE(QFile::exists(nowhere));

    const CliResult folder = exportMap({u"--format"_s, u"png"_s, u"-o"_s, cli.path(QString())});
    EXPECT_EQ(folder.exitCode, 1);
    EXPECT_TRUE(folder.err.contains(u"folder"_s)) << qPrintable(folder.err);

    const CliResult noProject = cli.run({u"export-map"_s, u"missing.tessera"_s, u"--format"_s,
                                         u"svg"_s, u"-o"_s, cli.path(u"m.svg"_s)});
    EXPECT_EQ(noProject.exitCode, 1);
    EXPECT_FALSE(QFile::exists(cli.path(u"m.svg"_s)));
}
