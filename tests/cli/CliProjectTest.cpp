#include "CliRunner.h"
#include "support/TestPaths.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace tessera::test;

namespace {

QString shared(const char* name)
{
    return sharedPath(QStringLiteral("transcripts/") + QString::fromLatin1(name));
}

} // namespace

TEST(CliProject, noArguments_printsUsageAndExits2)
{
    CliRunner cli;
    const CliResult r = cli.run({});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Usage: tessera-cli")));
}

TEST(CliProject, unknownCommandOrOption_exits2)
{
    CliRunner cli;
    EXPECT_EQ(cli.run({QStringLiteral("frobnicate")}).exitCode, 2);
    ASSERT_EQ(cli.run({QStringLiteral("new"), QStringLiteral("p.tessera")}).exitCode, 0);
    const CliResult r = cli.run(
        {QStringLiteral("documents"), QStringLiteral("p.tessera"), QStringLiteral("--bogus")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--bogus")));
}

TEST(CliProject, new_refusesExistingFile)
{
    CliRunner cli;
    ASSERT_EQ(cli.run({QStringLiteral("new"), QStringLiteral("p.tessera")}).exitCode, 0);
    const CliResult again = cli.run({QStringLiteral("new"), QStringLiteral("p.tessera")});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already exists")));
}

TEST(CliProject, openingAFileThatIsNotAProject_exits1AndLeavesItAlone)
{
    CliRunner cli;
    QFile notes(cli.path(QStringLiteral("notes.tessera")));
    ASSERT_TRUE(notes.open(QIODevice::WriteOnly));
    notes.write("These are my notes, not a database.\n");
    notes.close();
    const CliResult r =
        cli.run({QStringLiteral("documents"), cli.path(QStringLiteral("notes.tessera"))});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("not a Tessera project")));
    EXPECT_EQ(readFileBytes(cli.path(QStringLiteral("notes.tessera"))),
              QByteArray("These are my notes, not a database.\n"));
}

TEST(CliProject, import_goodFilesLandWhileBadOnesAreReported)
{
    CliRunner cli;
    ASSERT_EQ(cli.run({QStringLiteral("new"), QStringLiteral("p.tessera")}).exitCode, 0);
    QFile empty(cli.path(QStringLiteral("empty.txt")));
    ASSERT_TRUE(empty.open(QIODevice::WriteOnly));
    empty.close();
    QFile binary(cli.path(QStringLiteral("photo.txt")));
    ASSERT_TRUE(binary.open(QIODevice::WriteOnly));
    binary.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 24));
    binary.close();
    const CliResult r = cli.runJson(
        {QStringLiteral("import"), QStringLiteral("p.tessera"), shared("synthetic_zoom.vtt"),
         cli.path(QStringLiteral("missing.txt")), cli.path(QStringLiteral("empty.txt")),
         cli.path(QStringLiteral("photo.txt")), shared("synthetic_otter.txt"),
         QStringLiteral("--group"), QStringLiteral("Focus group 2")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("missing.txt")));
    EXPECT_TRUE(r.err.contains(QStringLiteral("empty.txt")));
    EXPECT_TRUE(r.err.contains(QStringLiteral("photo.txt")));
    const QJsonObject result = r.json().object();
    EXPECT_EQ(result.value(QStringLiteral("imported")).toArray().size(), 2);
    EXPECT_EQ(result.value(QStringLiteral("errors")).toArray().size(), 3);

    const QJsonArray docs =
        cli.runJson({QStringLiteral("documents"), QStringLiteral("p.tessera")}).json().array();
    ASSERT_EQ(docs.size(), 2);
    const QJsonObject zoom = docs.at(0).toObject();
    EXPECT_EQ(zoom.value(QStringLiteral("name")).toString(), QStringLiteral("synthetic_zoom"));
    EXPECT_EQ(zoom.value(QStringLiteral("group")).toString(), QStringLiteral("Focus group 2"));
    EXPECT_EQ(zoom.value(QStringLiteral("format")).toString(), QStringLiteral("vtt"));
    EXPECT_EQ(zoom.value(QStringLiteral("turns")).toInt(), 4);
    EXPECT_GT(zoom.value(QStringLiteral("length")).toInt(), 100);
    QStringList speakers;
    for (const QJsonValue& s : zoom.value(QStringLiteral("speakers")).toArray()) {
        speakers << s.toString();
    }
    EXPECT_EQ(speakers,
              (QStringList{QStringLiteral("Dana Facilitator"), QStringLiteral("Sam Okafor"),
                           QStringLiteral("Renée Dubois")}));
}

TEST(CliProject, import_unknownExtensionIsRefusedWithTheSupportedOnes)
{
    CliRunner cli;
    ASSERT_EQ(cli.run({QStringLiteral("new"), QStringLiteral("p.tessera")}).exitCode, 0);
    QFile pdf(cli.path(QStringLiteral("interview.pdf")));
    ASSERT_TRUE(pdf.open(QIODevice::WriteOnly));
    pdf.write("%PDF-1.4\n");
    pdf.close();
    const CliResult r = cli.run({QStringLiteral("import"), QStringLiteral("p.tessera"),
                                 cli.path(QStringLiteral("interview.pdf"))});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("interview.pdf")));
    EXPECT_TRUE(r.err.contains(QStringLiteral("vtt")));
}

TEST(CliProject, textAndTurns_showStoredTranscript)
{
    CliRunner cli;
    ASSERT_EQ(cli.run({QStringLiteral("new"), QStringLiteral("p.tessera")}).exitCode, 0);
    ASSERT_EQ(cli.run({QStringLiteral("import"), QStringLiteral("p.tessera"),
                       shared("synthetic_teams.vtt")})
                  .exitCode,
              0);
    const QJsonObject text = cli.runJson({QStringLiteral("text"), QStringLiteral("p.tessera"),
                                          QStringLiteral("synthetic_teams")})
                                 .json()
                                 .object();
    const QString body = text.value(QStringLiteral("text")).toString();
    EXPECT_TRUE(body.contains(
        QStringLiteral("[00:00:10] Renée Dubois: Bonjour, I'm Renée & I mostly go for my kids' "
                       "check-ups. It works well enough.")))
        << qPrintable(body);
    const QJsonArray turns =
        cli.runJson({QStringLiteral("turns"), QStringLiteral("p.tessera"), QStringLiteral("1")})
            .json()
            .array();
    ASSERT_EQ(turns.size(), 3);
    const QJsonObject last = turns.at(2).toObject();
    EXPECT_EQ(last.value(QStringLiteral("index")).toInt(), 2);
    EXPECT_EQ(last.value(QStringLiteral("speaker")).toString(), QStringLiteral("Renée Dubois"));
    EXPECT_EQ(last.value(QStringLiteral("begin_ms")).toInt(), 10010);
    const int start = last.value(QStringLiteral("start")).toInt();
    const int end = last.value(QStringLiteral("end")).toInt();
    EXPECT_EQ(body.mid(start, end - start), last.value(QStringLiteral("text")).toString());
    EXPECT_TRUE(
        last.value(QStringLiteral("text")).toString().startsWith(QStringLiteral("Bonjour")));

    const CliResult missing =
        cli.run({QStringLiteral("text"), QStringLiteral("p.tessera"), QStringLiteral("nope")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("nope")));
}

TEST(CliProject, sample_buildsTheBundledStudy)
{
    CliRunner cli;
    const CliResult r = cli.runJson({QStringLiteral("sample"), QStringLiteral("s.tessera")});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    const QJsonArray docs =
        cli.runJson({QStringLiteral("documents"), QStringLiteral("s.tessera")}).json().array();
    // Three focus-group transcripts in three formats, plus the survey's open question (one
    // turn per respondent who answered it).
    ASSERT_EQ(docs.size(), 4);
    QStringList formats;
    for (const QJsonValue& d : docs) {
        const QString format = d.toObject().value(QStringLiteral("format")).toString();
        formats << format;
        const int turns = d.toObject().value(QStringLiteral("turns")).toInt();
        if (format == QLatin1String("csv")) {
            EXPECT_EQ(turns, 25);
            continue;
        }
        EXPECT_GE(turns, 25);
        EXPECT_LE(turns, 40);
    }
    formats.sort();
    EXPECT_EQ(formats, (QStringList{QStringLiteral("csv"), QStringLiteral("docx"),
                                    QStringLiteral("txt"), QStringLiteral("vtt")}));
    const QJsonArray themes =
        cli.runJson({QStringLiteral("themes"), QStringLiteral("s.tessera")}).json().array();
    EXPECT_EQ(themes.size(), 3);
    for (const QJsonValue& t : themes) {
        EXPECT_FALSE(t.toObject().value(QStringLiteral("children")).toArray().isEmpty());
    }
    const QJsonArray alex = cli.runJson({QStringLiteral("codings"), QStringLiteral("s.tessera"),
                                         QStringLiteral("--coder"), QStringLiteral("Alex Morgan")})
                                .json()
                                .array();
    const QJsonArray sam = cli.runJson({QStringLiteral("codings"), QStringLiteral("s.tessera"),
                                        QStringLiteral("--coder"), QStringLiteral("Sam Okoro")})
                               .json()
                               .array();
    EXPECT_GT(alex.size(), 50);
    EXPECT_GT(sam.size(), 30);
    EXPECT_EQ(cli.run({QStringLiteral("sample"), QStringLiteral("s.tessera")}).exitCode, 1);
}
