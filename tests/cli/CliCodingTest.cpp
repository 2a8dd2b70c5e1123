#include "CliRunner.h"
#include "support/TestPaths.h"

#include <gtest/gtest.h>

using namespace tessera::test;

namespace {

// A project with the LF focus group imported as "fg".
class CliCoding : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_EQ(cli.run({QStringLiteral("new"), QStringLiteral("p.tessera")}).exitCode, 0);
        ASSERT_EQ(cli.run({QStringLiteral("import"), QStringLiteral("p.tessera"),
                           sharedPath(QStringLiteral(
                               "transcripts/synthetic_focusgroup_timestamped_LF.txt")),
                           QStringLiteral("--name"), QStringLiteral("fg"),
                           QStringLiteral("--group"), QStringLiteral("Focus group 2")})
                      .exitCode,
                  0);
        text =
            cli.runJson({QStringLiteral("text"), QStringLiteral("p.tessera"), QStringLiteral("fg")})
                .json()
                .object()
                .value(QStringLiteral("text"))
                .toString();
        ASSERT_FALSE(text.isEmpty());
    }

    CliResult json(const QStringList& args) { return cli.runJson(args); }
    QJsonArray codings(const QStringList& extra = {})
    {
        return cli
            .runJson(QStringList{QStringLiteral("codings"), QStringLiteral("p.tessera")} + extra)
            .json()
            .array();
    }

    CliRunner cli;
    QString text;
};

} // namespace

TEST_F(CliCoding, codeAdd_buildsATreeWithDefinitions)
{
    ASSERT_EQ(
        cli.run({QStringLiteral("code-add"), QStringLiteral("p.tessera"), QStringLiteral("Access"),
                 QStringLiteral("--color"), QStringLiteral("#1f77b4"),
                 QStringLiteral("--description"), QStringLiteral("Getting to the service"),
                 QStringLiteral("--inclusion"), QStringLiteral("Booking, waiting"),
                 QStringLiteral("--exclusion"), QStringLiteral("Cost"), QStringLiteral("--example"),
                 QStringLiteral("the wait is long")})
            .exitCode,
        0);
    ASSERT_EQ(
        cli.run({QStringLiteral("code-add"), QStringLiteral("p.tessera"), QStringLiteral("Waiting"),
                 QStringLiteral("--parent"), QStringLiteral("Access")})
            .exitCode,
        0);
    const QJsonArray tree =
        json({QStringLiteral("codes"), QStringLiteral("p.tessera")}).json().array();
    ASSERT_EQ(tree.size(), 1);
    const QJsonObject access = tree.at(0).toObject();
    EXPECT_EQ(access.value(QStringLiteral("color")).toString(), QStringLiteral("#1F77B4"));
    EXPECT_EQ(access.value(QStringLiteral("inclusion")).toString(),
              QStringLiteral("Booking, waiting"));
    EXPECT_EQ(access.value(QStringLiteral("exclusion")).toString(), QStringLiteral("Cost"));
    EXPECT_EQ(access.value(QStringLiteral("example")).toString(),
              QStringLiteral("the wait is long"));
    EXPECT_EQ(access.value(QStringLiteral("guid")).toString().size(), 36);
    const QJsonArray children = access.value(QStringLiteral("children")).toArray();
    ASSERT_EQ(children.size(), 1);
    EXPECT_EQ(children.at(0).toObject().value(QStringLiteral("path")).toString(),
              QStringLiteral("Access/Waiting"));

    const CliResult duplicate = cli.run(
        {QStringLiteral("code-add"), QStringLiteral("p.tessera"), QStringLiteral("access")});
    EXPECT_EQ(duplicate.exitCode, 1);
    EXPECT_TRUE(duplicate.err.contains(QStringLiteral("already exists")));
    const CliResult badColour =
        cli.run({QStringLiteral("code-add"), QStringLiteral("p.tessera"), QStringLiteral("X"),
                 QStringLiteral("--color"), QStringLiteral("red")});
    EXPECT_EQ(badColour.exitCode, 1);
    EXPECT_TRUE(badColour.err.contains(QStringLiteral("#RRGGBB")));
    const CliResult noParent =
        cli.run({QStringLiteral("code-add"), QStringLiteral("p.tessera"), QStringLiteral("Y"),
                 QStringLiteral("--parent"), QStringLiteral("Nowhere")});
    EXPECT_EQ(noParent.exitCode, 1);
}

TEST_F(CliCoding, apply_byRangeTurnAndMatch)
{
    ASSERT_EQ(cli.run({QStringLiteral("code-add"), QStringLiteral("p.tessera"),
                       QStringLiteral("Waiting")})
                  .exitCode,
              0);
    const qsizetype start = text.indexOf(QStringLiteral("the wait is long"));
    ASSERT_GE(start, 0);
    const QString range = QStringLiteral("%1:%2").arg(start).arg(start + 16);
    const QJsonArray byRange =
        json({QStringLiteral("apply"), QStringLiteral("p.tessera"), QStringLiteral("fg"),
              QStringLiteral("Waiting"), QStringLiteral("--range"), range, QStringLiteral("--memo"),
              QStringLiteral("classic"), QStringLiteral("--key-quote")})
            .json()
            .array();
    ASSERT_EQ(byRange.size(), 1);
    const QJsonObject coding = byRange.at(0).toObject();
    EXPECT_EQ(coding.value(QStringLiteral("text")).toString(), QStringLiteral("the wait is long"));
    EXPECT_EQ(coding.value(QStringLiteral("speaker")).toString(), QStringLiteral("P1"));
    EXPECT_EQ(coding.value(QStringLiteral("code")).toString(), QStringLiteral("Waiting"));
    EXPECT_EQ(coding.value(QStringLiteral("memo")).toString(), QStringLiteral("classic"));
    EXPECT_TRUE(coding.value(QStringLiteral("key_quote")).toBool());

    const QJsonArray turns =
        json({QStringLiteral("turns"), QStringLiteral("p.tessera"), QStringLiteral("fg")})
            .json()
            .array();
    const QJsonArray byTurn =
        json({QStringLiteral("apply"), QStringLiteral("p.tessera"), QStringLiteral("fg"),
              QStringLiteral("Waiting"), QStringLiteral("--turn"), QStringLiteral("2"),
              QStringLiteral("--coder"), QStringLiteral("Sam")})
            .json()
            .array();
    ASSERT_EQ(byTurn.size(), 1);
    EXPECT_EQ(byTurn.at(0).toObject().value(QStringLiteral("text")).toString(),
              turns.at(2).toObject().value(QStringLiteral("text")).toString());
    EXPECT_EQ(byTurn.at(0).toObject().value(QStringLiteral("coder")).toString(),
              QStringLiteral("Sam"));
    EXPECT_FALSE(byTurn.at(0)
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString()
                     .contains(QStringLiteral("P2:")));

    const QJsonArray byMatch = json({QStringLiteral("apply"), QStringLiteral("p.tessera"),
                                     QStringLiteral("fg"), QStringLiteral("Waiting"),
                                     QStringLiteral("--match"), QStringLiteral("\\bwait(ed)?\\b")})
                                   .json()
                                   .array();
    EXPECT_EQ(byMatch.size(), 2);

    EXPECT_EQ(codings().size(), 4);
    EXPECT_EQ(codings({QStringLiteral("--coder"), QStringLiteral("Sam")}).size(), 1);
    EXPECT_EQ(codings({QStringLiteral("--code"), QStringLiteral("Waiting"), QStringLiteral("--doc"),
                       QStringLiteral("fg")})
                  .size(),
              4);
}

TEST_F(CliCoding, apply_badInputChangesNothing)
{
    ASSERT_EQ(cli.run({QStringLiteral("code-add"), QStringLiteral("p.tessera"),
                       QStringLiteral("Waiting")})
                  .exitCode,
              0);
    const auto apply = [&](const QStringList& selector) {
        return cli.run(QStringList{QStringLiteral("apply"), QStringLiteral("p.tessera"),
                                   QStringLiteral("fg"), QStringLiteral("Waiting")} +
                       selector);
    };
    const CliResult outside = apply({QStringLiteral("--range"), QStringLiteral("10:999999")});
    EXPECT_EQ(outside.exitCode, 1);
    EXPECT_TRUE(outside.err.contains(QStringLiteral("10:999999")));
    EXPECT_EQ(apply({QStringLiteral("--range"), QStringLiteral("abc")}).exitCode, 2);
    EXPECT_EQ(apply({}).exitCode, 2);
    EXPECT_EQ(apply({QStringLiteral("--turn"), QStringLiteral("1"), QStringLiteral("--match"),
                     QStringLiteral("x")})
                  .exitCode,
              2);
    EXPECT_EQ(apply({QStringLiteral("--turn"), QStringLiteral("77")}).exitCode, 1);
    EXPECT_EQ(apply({QStringLiteral("--match"), QStringLiteral("(unclosed")}).exitCode, 1);
    EXPECT_EQ(apply({QStringLiteral("--match"), QStringLiteral("zebra")}).exitCode, 1);
    EXPECT_EQ(cli.run({QStringLiteral("apply"), QStringLiteral("p.tessera"), QStringLiteral("fg"),
                       QStringLiteral("Nope"), QStringLiteral("--turn"), QStringLiteral("1")})
                  .exitCode,
              1);
    EXPECT_TRUE(codings().isEmpty());
    ASSERT_EQ(apply({QStringLiteral("--turn"), QStringLiteral("1")}).exitCode, 0);
    const CliResult twice = apply({QStringLiteral("--turn"), QStringLiteral("1")});
    EXPECT_EQ(twice.exitCode, 1);
    EXPECT_TRUE(twice.err.contains(QStringLiteral("already")));
    EXPECT_EQ(codings().size(), 1);
}

TEST_F(CliCoding, themes_treeWithLinkedCodesAndCounts)
{
    ASSERT_EQ(cli.run({QStringLiteral("code-add"), QStringLiteral("p.tessera"),
                       QStringLiteral("Waiting")})
                  .exitCode,
              0);
    ASSERT_EQ(cli.run({QStringLiteral("apply"), QStringLiteral("p.tessera"), QStringLiteral("fg"),
                       QStringLiteral("Waiting"), QStringLiteral("--turn"), QStringLiteral("1")})
                  .exitCode,
              0);
    ASSERT_EQ(
        cli.run({QStringLiteral("theme-add"), QStringLiteral("p.tessera"), QStringLiteral("Access"),
                 QStringLiteral("--concept"), QStringLiteral("Time is the price of care"),
                 QStringLiteral("--status"), QStringLiteral("reviewed")})
            .exitCode,
        0);
    ASSERT_EQ(
        cli.run({QStringLiteral("theme-add"), QStringLiteral("p.tessera"), QStringLiteral("Queues"),
                 QStringLiteral("--parent"), QStringLiteral("Access")})
            .exitCode,
        0);
    ASSERT_EQ(cli.run({QStringLiteral("theme-link"), QStringLiteral("p.tessera"),
                       QStringLiteral("Access/Queues"), QStringLiteral("Waiting")})
                  .exitCode,
              0);
    EXPECT_EQ(cli.run({QStringLiteral("theme-add"), QStringLiteral("p.tessera"),
                       QStringLiteral("X"), QStringLiteral("--status"), QStringLiteral("done")})
                  .exitCode,
              2);
    const QJsonArray themes =
        json({QStringLiteral("themes"), QStringLiteral("p.tessera")}).json().array();
    ASSERT_EQ(themes.size(), 1);
    const QJsonObject access = themes.at(0).toObject();
    EXPECT_EQ(access.value(QStringLiteral("status")).toString(), QStringLiteral("reviewed"));
    EXPECT_EQ(access.value(QStringLiteral("concept")).toString(),
              QStringLiteral("Time is the price of care"));
    EXPECT_EQ(access.value(QStringLiteral("codings")).toInt(), 1);
    const QJsonObject queues = access.value(QStringLiteral("children")).toArray().at(0).toObject();
    EXPECT_EQ(queues.value(QStringLiteral("codes"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("path"))
                  .toString(),
              QStringLiteral("Waiting"));
    EXPECT_EQ(queues.value(QStringLiteral("documents")).toInt(), 1);
}
