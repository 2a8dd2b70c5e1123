// merge, compare-codebooks, code-review and code-comment through the real tessera-cli.

#include "CliRunner.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace tessera::test;

namespace {

// Our project with one focus group, one code and one coding; the colleague's is a copy that
// then went its own way.
class CliReview : public ::testing::Test {
protected:
    void SetUp() override
    {
        write("fg1.txt", "Facilitator: Welcome, everyone.\n"
                         "P1: The waiting list is far too long for families.\n"
                         "P2: We never have enough time with the children.\n");
        write("fg2.txt", "Facilitator: Thanks for coming.\n"
                         "P1: Waiting for a referral takes months.\n");
        ok(args({"new", "ours.tessera"}));
        ok(args({"import", "ours.tessera", "fg1.txt"}));
        ok(args({"code-add", "ours.tessera", "Waiting", "--description", "Delays in services."}));
        ok(args({"apply", "ours.tessera", "fg1", "Waiting", "--match", "waiting list"}));
    }

    void write(const char* name, const QByteArray& bytes)
    {
        QFile file(cli.path(QString::fromUtf8(name)));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    void ok(const QStringList& arguments)
    {
        const CliResult r = cli.run(arguments);
        ASSERT_EQ(r.exitCode, 0) << qPrintable(arguments.join(u' ')) << ": " << qPrintable(r.err);
    }

    void makeColleagueCopy()
    {
        ASSERT_TRUE(QFile::copy(cli.path(QStringLiteral("ours.tessera")),
                                cli.path(QStringLiteral("theirs.tessera"))));
        ok(args({"import", "theirs.tessera", "fg2.txt"}));
        ok(args({"code-add", "theirs.tessera", "Paperwork"}));
        ok(args({"apply", "theirs.tessera", "fg2", "Waiting", "--match", "referral"}));
        ok(args({"apply", "theirs.tessera", "fg1", "Paperwork", "--match", "enough time"}));
    }

    CliRunner cli;
};

TEST_F(CliReview, mergeAddsTheColleaguesWorkOnceAndReportsIt)
{
    makeColleagueCopy();

    const CliResult first = cli.runJson(args({"merge", "ours.tessera", "theirs.tessera"}));
    ASSERT_EQ(first.exitCode, 0) << qPrintable(first.err);
    const QJsonObject report = first.json().object();
    EXPECT_EQ(report.value(QStringLiteral("documents_added")).toInt(), 1);
    EXPECT_EQ(report.value(QStringLiteral("documents_matched")).toInt(), 1);
    EXPECT_EQ(report.value(QStringLiteral("codes_added")).toInt(), 1);
    EXPECT_EQ(report.value(QStringLiteral("codes_matched")).toInt(), 1);
    EXPECT_EQ(report.value(QStringLiteral("coders_added")).toInt(), 0);
    EXPECT_EQ(report.value(QStringLiteral("codings_added")).toInt(), 2);
    EXPECT_EQ(report.value(QStringLiteral("codings_skipped")).toInt(), 1);
    EXPECT_TRUE(report.value(QStringLiteral("conflicts")).toArray().isEmpty());
    EXPECT_TRUE(report.value(QStringLiteral("warnings")).isArray());

    const CliResult codings = cli.runJson(args({"codings", "ours.tessera"}));
    ASSERT_EQ(codings.exitCode, 0) << qPrintable(codings.err);
    EXPECT_EQ(codings.json().array().size(), 3);

    const CliResult second = cli.run(args({"merge", "ours.tessera", "theirs.tessera"}));
    ASSERT_EQ(second.exitCode, 0) << qPrintable(second.err);
    EXPECT_TRUE(second.out.contains(QStringLiteral("codings    0 added, 3 already here")))
        << qPrintable(second.out);
    EXPECT_EQ(cli.runJson(args({"codings", "ours.tessera"})).json().array().size(), 3);
}

TEST_F(CliReview, mergeListsDefinitionsThatDifferAndKeepsOurs)
{
    ok(args({"new", "theirs.tessera"}));
    ok(args({"code-add", "theirs.tessera", "Waiting", "--description", "Any waiting at all."}));

    const CliResult r = cli.run(args({"merge", "ours.tessera", "theirs.tessera"}));

    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_TRUE(r.out.contains(QStringLiteral("Waiting — description"))) << qPrintable(r.out);
    EXPECT_TRUE(r.out.contains(QStringLiteral("ours:   Delays in services.")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("theirs: Any waiting at all.")));
    const CliResult json = cli.runJson(args({"merge", "ours.tessera", "theirs.tessera"}));
    const QJsonObject conflict =
        json.json().object().value(QStringLiteral("conflicts")).toArray().at(0).toObject();
    EXPECT_EQ(conflict.value(QStringLiteral("code")).toString(), QStringLiteral("Waiting"));
    EXPECT_EQ(conflict.value(QStringLiteral("theirs")).toString(),
              QStringLiteral("Any waiting at all."));
}

TEST_F(CliReview, mergeRefusesItselfOtherFilesAndBadUsage)
{
    const CliResult self = cli.run(args({"merge", "ours.tessera", "./ours.tessera"}));
    EXPECT_EQ(self.exitCode, 1);
    EXPECT_TRUE(self.err.contains(QStringLiteral("itself"))) << qPrintable(self.err);

    const CliResult text = cli.run(args({"merge", "ours.tessera", "fg2.txt"}));
    EXPECT_EQ(text.exitCode, 1);
    EXPECT_TRUE(text.err.contains(QStringLiteral("fg2.txt"))) << qPrintable(text.err);
    EXPECT_TRUE(text.err.contains(QStringLiteral("not a Tessera project")));

    EXPECT_EQ(cli.run(args({"merge", "ours.tessera"})).exitCode, 2);
    EXPECT_EQ(cli.runJson(args({"codings", "ours.tessera"})).json().array().size(), 1);
}

TEST_F(CliReview, compareCodebooksShowsEachDifferenceInJsonAndSideBySide)
{
    makeColleagueCopy();

    const CliResult json =
        cli.runJson(args({"compare-codebooks", "ours.tessera", "theirs.tessera"}));
    ASSERT_EQ(json.exitCode, 0) << qPrintable(json.err);
    const QJsonObject c = json.json().object();
    const QJsonArray added = c.value(QStringLiteral("added")).toArray();
    ASSERT_EQ(added.size(), 1);
    EXPECT_EQ(added.at(0).toObject().value(QStringLiteral("path")).toString(),
              QStringLiteral("Paperwork"));
    EXPECT_FALSE(added.at(0).toObject().value(QStringLiteral("guid")).toString().isEmpty());
    EXPECT_TRUE(c.value(QStringLiteral("removed")).toArray().isEmpty());
    EXPECT_TRUE(c.value(QStringLiteral("renamed")).toArray().isEmpty());
    EXPECT_TRUE(c.value(QStringLiteral("moved")).toArray().isEmpty());
    EXPECT_TRUE(c.value(QStringLiteral("changed")).toArray().isEmpty());
    EXPECT_EQ(c.value(QStringLiteral("unchanged")).toInt(), 1);

    ok(args({"new", "other.tessera"}));
    ok(args({"code-add", "other.tessera", "Waiting", "--description", "Queues."}));
    const CliResult changed =
        cli.runJson(args({"compare-codebooks", "ours.tessera", "other.tessera"}));
    const QJsonObject field = changed.json()
                                  .object()
                                  .value(QStringLiteral("changed"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("fields"))
                                  .toArray()
                                  .at(0)
                                  .toObject();
    EXPECT_EQ(field.value(QStringLiteral("field")).toString(), QStringLiteral("description"));
    EXPECT_EQ(field.value(QStringLiteral("a")).toString(), QStringLiteral("Delays in services."));
    EXPECT_EQ(field.value(QStringLiteral("b")).toString(), QStringLiteral("Queues."));

    const CliResult human = cli.run(args({"compare-codebooks", "ours.tessera", "other.tessera"}));
    ASSERT_EQ(human.exitCode, 0);
    EXPECT_TRUE(human.out.contains(QStringLiteral("Definitions changed: 1")));
    EXPECT_TRUE(human.out.contains(QStringLiteral("Delays in services. | Queues.")))
        << qPrintable(human.out);

    const CliResult missing = cli.run(args({"compare-codebooks", "ours.tessera", "none.qdc"}));
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("none.qdc")));
}

TEST_F(CliReview, codeReviewAndCommentsShowInTheCodebookExport)
{
    const CliResult set = cli.runJson(
        args({"code-review", "ours.tessera", "Waiting", "--status", "needs discussion"}));
    ASSERT_EQ(set.exitCode, 0) << qPrintable(set.err);
    EXPECT_EQ(set.json().object().value(QStringLiteral("status")).toString(),
              QStringLiteral("needs discussion"));

    const CliResult comment = cli.runJson(
        args({"code-comment", "ours.tessera", "Waiting", "Does this include waiting lists?"}));
    ASSERT_EQ(comment.exitCode, 0) << qPrintable(comment.err);
    EXPECT_EQ(comment.json().object().value(QStringLiteral("text")).toString(),
              QStringLiteral("Does this include waiting lists?"));

    const CliResult shown = cli.run(args({"code-review", "ours.tessera"}));
    ASSERT_EQ(shown.exitCode, 0);
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Waiting  [needs discussion]")))
        << qPrintable(shown.out);
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Does this include waiting lists?")));

    ok(args({"export-codebook", "ours.tessera", "--format", "md", "-o", "codebook.md"}));
    QFile md(cli.path(QStringLiteral("codebook.md")));
    ASSERT_TRUE(md.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(md.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("**Review status:** needs discussion")));
    EXPECT_TRUE(text.contains(QStringLiteral("Does this include waiting lists?")));

    const CliResult cleared =
        cli.runJson(args({"code-review", "ours.tessera", "Waiting", "--clear"}));
    ASSERT_EQ(cleared.exitCode, 0);
    EXPECT_TRUE(cleared.json().object().value(QStringLiteral("status")).isNull());
}

TEST_F(CliReview, codeReviewAndCommentRefuseBadInput)
{
    const CliResult status =
        cli.run(args({"code-review", "ours.tessera", "Waiting", "--status", "done"}));
    EXPECT_EQ(status.exitCode, 2);
    EXPECT_TRUE(status.err.contains(QStringLiteral("needs discussion")));
    EXPECT_EQ(cli.run(args({"code-review", "ours.tessera", "--status", "accepted"})).exitCode, 2);
    EXPECT_EQ(
        cli.run(args({"code-review", "ours.tessera", "Waiting", "--status", "accepted", "--clear"}))
            .exitCode,
        2);
    const CliResult unknown =
        cli.run(args({"code-review", "ours.tessera", "Nope", "--status", "accepted"}));
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("Nope")));

    const CliResult coder =
        cli.run(args({"code-comment", "ours.tessera", "Waiting", "Hm", "--coder", "Zed"}));
    EXPECT_EQ(coder.exitCode, 1);
    EXPECT_TRUE(coder.err.contains(QStringLiteral("Zed")));
    EXPECT_EQ(cli.run(args({"code-comment", "ours.tessera", "Waiting", "  "})).exitCode, 1);
    EXPECT_EQ(cli.run(args({"code-comment", "ours.tessera", "Waiting"})).exitCode, 2);

    const CliResult review = cli.runJson(args({"code-review", "ours.tessera", "Waiting"}));
    EXPECT_TRUE(review.json().object().value(QStringLiteral("status")).isNull());
    EXPECT_TRUE(review.json().object().value(QStringLiteral("comments")).toArray().isEmpty());
}

} // namespace
