// REFI-QDA exchange end to end: the real tessera-cli writes and reads .qdc and .qdpx files.

#include "CliRunner.h"
#include "support/TestPaths.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace tessera::test;
using namespace Qt::StringLiterals;

namespace {

QString sample(const QString& name)
{
    return sharedPath(u"refi/samples/"_s + name);
}

int arraySize(const CliResult& r)
{
    return int(r.json().array().size());
}

// Codes in the tree "codes --json" prints.
int treeSize(const QJsonArray& nodes)
{
    int count = 0;
    for (const QJsonValue& node : nodes) {
        count += 1 + treeSize(node.toObject().value(u"children"_s).toArray());
    }
    return count;
}

int codeCount(const CliRunner& cli, const QString& project)
{
    return treeSize(cli.runJson({u"codes"_s, project}).json().array());
}

class CliRefi : public ::testing::Test {
protected:
    void SetUp() override
    {
        const CliResult r = cli.runJson({u"sample"_s, u"s.tessera"_s});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        sampleCounts = r.json().object();
    }

    CliRunner cli;
    QJsonObject sampleCounts; // documents, codes, themes, codings
};

TEST_F(CliRefi, exportQdpxThenImport_keepsDocumentsCodesAndCodings)
{
    const CliResult exported = cli.runJson({u"export-qdpx"_s, u"s.tessera"_s, u"s.qdpx"_s});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    const QJsonObject out = exported.json().object();
    EXPECT_EQ(out.value(u"file"_s).toString(), cli.path(u"s.qdpx"_s));
    EXPECT_EQ(out.value(u"bytes"_s).toInteger(), QFile(cli.path(u"s.qdpx"_s)).size());
    EXPECT_GT(out.value(u"users"_s).toInt(), 1); // the sample study has two coders

    // The counts in the file are the project's.
    const int documents = sampleCounts.value(u"documents"_s).toInt();
    const int codes = sampleCounts.value(u"codes"_s).toInt();
    const int codings = sampleCounts.value(u"codings"_s).toInt();
    ASSERT_GT(documents, 0);
    ASSERT_GT(codes, 0);
    ASSERT_GT(codings, 0);
    EXPECT_EQ(out.value(u"sources"_s).toInt(), documents);
    EXPECT_EQ(out.value(u"codes"_s).toInt(), codes);
    EXPECT_EQ(out.value(u"codings"_s).toInt(), codings);

    const CliResult imported = cli.runJson({u"import-qdpx"_s, u"s.qdpx"_s, u"back.tessera"_s});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const QJsonObject in = imported.json().object();
    EXPECT_EQ(in.value(u"project"_s).toString(), cli.path(u"back.tessera"_s));
    EXPECT_EQ(in.value(u"documents"_s).toInt(), documents);
    EXPECT_EQ(in.value(u"codes"_s).toInt(), codes);
    EXPECT_EQ(in.value(u"codings"_s).toInt(), codings);
    EXPECT_EQ(in.value(u"coders"_s).toInt(), out.value(u"users"_s).toInt());
    EXPECT_EQ(in.value(u"participants"_s).toInt(), out.value(u"cases"_s).toInt());
    EXPECT_TRUE(in.value(u"warnings"_s).isArray());
    // And the new project opens with those documents.
    EXPECT_EQ(arraySize(cli.runJson({u"documents"_s, u"back.tessera"_s})), documents);
}

TEST_F(CliRefi, exportQdc_validatesAgainstTheCodebookSchema)
{
    const CliResult r = cli.runJson({u"export-qdc"_s, u"s.tessera"_s, u"s.qdc"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.json().object().value(u"codes"_s).toInt(), sampleCounts.value(u"codes"_s).toInt());
    if (QStandardPaths::findExecutable(u"xmllint"_s).isEmpty()) {
        GTEST_SKIP() << "xmllint is not installed (Debian/Ubuntu package libxml2-utils), so the "
                        "schema validation cannot run";
    }
    QProcess lint;
    lint.setProcessChannelMode(QProcess::MergedChannels);
    lint.start(u"xmllint"_s, {u"--noout"_s, u"--schema"_s, sharedPath(u"refi/Codebook.xsd"_s),
                              cli.path(u"s.qdc"_s)});
    ASSERT_TRUE(lint.waitForFinished(60000));
    EXPECT_EQ(lint.exitCode(), 0) << lint.readAll().toStdString();
}

TEST_F(CliRefi, exportQdc_ofAProjectWithoutCodes_failsAndWritesNothing)
{
    ASSERT_EQ(cli.run({u"new"_s, u"empty.tessera"_s}).exitCode, 0);
    const CliResult r = cli.run({u"export-qdc"_s, u"empty.tessera"_s, u"e.qdc"_s});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"no codes"_s)) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(cli.path(u"e.qdc"_s)));
}

TEST_F(CliRefi, importQdpx_nvivoWindowsSample_gives303Codings)
{
    const CliResult r = cli.runJson(
        {u"import-qdpx"_s, sample(u"nvivo-win12.6_oltas0517.qdpx"_s), u"nvivo.tessera"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject in = r.json().object();
    EXPECT_EQ(in.value(u"codings"_s).toInt(), 303);
    EXPECT_GT(in.value(u"documents"_s).toInt(), 0);
    EXPECT_GT(in.value(u"codes"_s).toInt(), 0);
    // The offset convention NVivo uses is detected and said, on stderr and in the JSON.
    EXPECT_TRUE(r.err.contains(u"UTF-16"_s)) << r.err.toStdString();
    EXPECT_FALSE(in.value(u"warnings"_s).toArray().isEmpty());
}

TEST_F(CliRefi, importQdpx_ontoAnExistingProject_isRefusedAndLeavesItUnchanged)
{
    ASSERT_EQ(cli.run({u"export-qdpx"_s, u"s.tessera"_s, u"s.qdpx"_s}).exitCode, 0);
    const QByteArray before = readFileBytes(cli.path(u"s.tessera"_s));
    ASSERT_FALSE(before.isEmpty());
    const CliResult r = cli.run({u"import-qdpx"_s, u"s.qdpx"_s, u"s.tessera"_s});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(r.err.contains(u"already exists"_s)) << r.err.toStdString();
    EXPECT_EQ(readFileBytes(cli.path(u"s.tessera"_s)), before);
}

TEST_F(CliRefi, importQdpx_ofAMissingFile_failsAndCreatesNoProject)
{
    const CliResult r = cli.run({u"import-qdpx"_s, u"nothing.qdpx"_s, u"new.tessera"_s});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"nothing.qdpx"_s)) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(cli.path(u"new.tessera"_s)));
}

TEST_F(CliRefi, importQdc_taguetteCodebook_addsCodesWithAWarning)
{
    ASSERT_EQ(cli.run({u"new"_s, u"t.tessera"_s}).exitCode, 0);
    const QString qdc = sample(u"taguette_codebook_reconstructed-from-tests.qdc"_s);
    const CliResult r = cli.runJson({u"import-qdc"_s, u"t.tessera"_s, qdc});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"warning: "_s)) << r.err.toStdString();
    const QJsonObject in = r.json().object();
    const int added = in.value(u"codes_added"_s).toInt();
    EXPECT_GT(added, 0);
    EXPECT_FALSE(in.value(u"warnings"_s).toArray().isEmpty());
    EXPECT_EQ(codeCount(cli, u"t.tessera"_s), added);

    // Importing it again matches every code instead of duplicating it.
    const CliResult again = cli.runJson({u"import-qdc"_s, u"t.tessera"_s, qdc});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(again.json().object().value(u"codes_added"_s).toInt(), 0);
    EXPECT_FALSE(again.json().object().value(u"matched"_s).toArray().isEmpty());
    EXPECT_EQ(codeCount(cli, u"t.tessera"_s), added);
}

TEST_F(CliRefi, exportThenImportQdc_intoTheSameProject_matchesEveryCode)
{
    ASSERT_EQ(cli.run({u"export-qdc"_s, u"s.tessera"_s, u"s.qdc"_s}).exitCode, 0);
    const int codes = sampleCounts.value(u"codes"_s).toInt();
    const CliResult r = cli.runJson({u"import-qdc"_s, u"s.tessera"_s, u"s.qdc"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.json().object().value(u"codes_added"_s).toInt(), 0);
    EXPECT_EQ(codeCount(cli, u"s.tessera"_s), codes);
}

} // namespace
