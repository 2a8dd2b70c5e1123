#include "CliRunner.h"
#include "support/TestPaths.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace tessera::test;

namespace {

class CliExport : public ::testing::Test {
protected:
    void SetUp() override
    {
        const CliResult r = cli.run({QStringLiteral("sample"), QStringLiteral("s.tessera")});
        ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    }
    CliRunner cli;
};

} // namespace

TEST_F(CliExport, themeSummaryInEveryFormat)
{
    for (const QString& format :
         {QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("csv")}) {
        const QString file = cli.path(QStringLiteral("summary.") + format);
        const CliResult r =
            cli.runJson({QStringLiteral("export-themes"), QStringLiteral("s.tessera"),
                         QStringLiteral("--format"), format, QStringLiteral("-o"), file});
        ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
        EXPECT_EQ(r.json().object().value(QStringLiteral("file")).toString(), file);
        const QString content = QString::fromUtf8(readFileBytes(file));
        EXPECT_TRUE(content.contains(QStringLiteral("Focus group 1"))) << qPrintable(format);
        if (format != QLatin1String("csv")) { // CSV keeps group and speaker in their own columns
            EXPECT_TRUE(content.contains(QStringLiteral("(Focus group 2, FG2 P")))
                << qPrintable(format);
        }
    }
    const QString html = QString::fromUtf8(readFileBytes(cli.path(QStringLiteral("summary.html"))));
    EXPECT_TRUE(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    EXPECT_FALSE(html.contains(QStringLiteral("http://")));
    EXPECT_FALSE(html.contains(QStringLiteral("https://")));
}

TEST_F(CliExport, codebookInEveryFormat)
{
    const QJsonArray codes =
        cli.runJson({QStringLiteral("codes"), QStringLiteral("s.tessera")}).json().array();
    ASSERT_FALSE(codes.isEmpty());
    const QString firstCode = codes.at(0).toObject().value(QStringLiteral("name")).toString();
    for (const QString& format :
         {QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("csv")}) {
        const QString file = cli.path(QStringLiteral("codebook.") + format);
        const CliResult r =
            cli.run({QStringLiteral("export-codebook"), QStringLiteral("s.tessera"),
                     QStringLiteral("--format"), format, QStringLiteral("-o"), file});
        ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
        const QString content = QString::fromUtf8(readFileBytes(file));
        EXPECT_TRUE(content.contains(firstCode.toHtmlEscaped()) || content.contains(firstCode))
            << qPrintable(format);
    }
}

TEST_F(CliExport, badFormatOrUnwritablePathWritesNothing)
{
    EXPECT_EQ(cli.run({QStringLiteral("export-themes"), QStringLiteral("s.tessera"),
                       QStringLiteral("--format"), QStringLiteral("pptx"), QStringLiteral("-o"),
                       cli.path(QStringLiteral("x.pptx"))})
                  .exitCode,
              2);
    EXPECT_EQ(cli.run({QStringLiteral("export-themes"), QStringLiteral("s.tessera"),
                       QStringLiteral("--format"), QStringLiteral("md")})
                  .exitCode,
              2);
    const QString nowhere = cli.path(QStringLiteral("no/such/folder/summary.md"));
    const CliResult r =
        cli.run({QStringLiteral("export-themes"), QStringLiteral("s.tessera"),
                 QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("-o"), nowhere});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("summary.md")));
    EXPECT_FALSE(QFile::exists(nowhere));
    EXPECT_TRUE(
        QDir(cli.path(QString())).entryList({QStringLiteral("*.md")}, QDir::Files).isEmpty());
}

TEST_F(CliExport, maxQuotesAndCoderOptionsShapeTheSummary)
{
    const QString all = cli.path(QStringLiteral("all.md"));
    const QString few = cli.path(QStringLiteral("few.md"));
    ASSERT_EQ(cli.run({QStringLiteral("export-themes"), QStringLiteral("s.tessera"),
                       QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("-o"), all,
                       QStringLiteral("--max-quotes"), QStringLiteral("-1")})
                  .exitCode,
              0);
    ASSERT_EQ(cli.run({QStringLiteral("export-themes"), QStringLiteral("s.tessera"),
                       QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("-o"), few,
                       QStringLiteral("--max-quotes"), QStringLiteral("0"),
                       QStringLiteral("--coder"), QStringLiteral("Sam Okoro")})
                  .exitCode,
              0);
    EXPECT_GT(readFileBytes(all).size(), readFileBytes(few).size());
    EXPECT_EQ(cli.run({QStringLiteral("export-themes"), QStringLiteral("s.tessera"),
                       QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("-o"), few,
                       QStringLiteral("--coder"), QStringLiteral("Nobody")})
                  .exitCode,
              1);
}
