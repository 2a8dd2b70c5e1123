#include "CliRunner.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace tessera::test;

namespace {

QString str(const QJsonValue& value)
{
    return value.toString();
}

// Two small focus groups: "P1" and "P2" in each, which are different people unless linked.
class CliCase : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_EQ(cli.run(args({"new", "p.tessera"})).exitCode, 0);
        write(QStringLiteral("fg1.txt"), "Facilitator: Welcome, everyone.\n"
                                         "P1: The waiting list is far too long for families.\n"
                                         "P2: We never have enough time with the children.\n"
                                         "Facilitator: Anything else?\n"
                                         "P1: Paperwork takes over the week.\n");
        write(QStringLiteral("fg2.txt"), "Facilitator: Thanks for coming.\n"
                                         "P1: Waiting for a referral takes months.\n"
                                         "P2: Paperwork again, always paperwork.\n");
        ASSERT_EQ(
            cli.run(args({"import", "p.tessera", "fg1.txt", "--group", "Focus group 1"})).exitCode,
            0);
        ASSERT_EQ(
            cli.run(args({"import", "p.tessera", "fg2.txt", "--group", "Focus group 2"})).exitCode,
            0);
    }

    void write(const QString& name, const QByteArray& bytes)
    {
        QFile file(cli.path(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    // Links fg1's speakers as suggested and fg2's P1 to the same person as fg1's P1.
    void linkBoth()
    {
        const CliResult first = cli.run(args({"link-speakers", "p.tessera", "fg1", "--accept"}));
        ASSERT_EQ(first.exitCode, 0) << qPrintable(first.err);
        const CliResult second =
            cli.run(args({"link-speakers", "p.tessera", "fg2", "--accept", "--link", "P1=FG1 P1"}));
        ASSERT_EQ(second.exitCode, 0) << qPrintable(second.err);
    }

    QJsonArray participants()
    {
        return cli.runJson(args({"participants", "p.tessera"})).json().array();
    }

    static QJsonObject byKey(const QJsonArray& list, const QString& key, const QString& value)
    {
        for (const QJsonValue& v : list) {
            if (v.toObject().value(key).toString() == value) {
                return v.toObject();
            }
        }
        return {};
    }

    CliRunner cli;
};

} // namespace

TEST_F(CliCase, linkSpeakers_withoutFlagsOnlySuggests)
{
    const CliResult r = cli.runJson(args({"link-speakers", "p.tessera", "fg1"}));
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    const QJsonArray suggestions = r.json().array();
    ASSERT_EQ(suggestions.size(), 3);
    const QJsonObject facilitator =
        byKey(suggestions, QStringLiteral("label"), QStringLiteral("Facilitator"));
    EXPECT_EQ(str(facilitator.value(QStringLiteral("role"))), QStringLiteral("facilitator"));
    EXPECT_EQ(str(facilitator.value(QStringLiteral("pseudonym"))), QString());
    const QJsonObject p1 = byKey(suggestions, QStringLiteral("label"), QStringLiteral("P1"));
    EXPECT_EQ(str(p1.value(QStringLiteral("pseudonym"))), QStringLiteral("FG1 P1"));
    EXPECT_EQ(str(p1.value(QStringLiteral("role"))), QStringLiteral("participant"));
    EXPECT_FALSE(p1.value(QStringLiteral("existing")).toBool());
    EXPECT_GT(p1.value(QStringLiteral("speaker_id")).toInt(), 0);
    EXPECT_FALSE(str(p1.value(QStringLiteral("reason"))).isEmpty());
    EXPECT_TRUE(participants().isEmpty()); // nothing applied

    const CliResult human = cli.run(args({"link-speakers", "p.tessera", "fg1"}));
    EXPECT_TRUE(human.out.contains(QStringLiteral("FG1 P2"))) << qPrintable(human.out);
    EXPECT_TRUE(human.out.contains(QStringLiteral("--accept")));
}

TEST_F(CliCase, linkSpeakers_acceptWithOverrideLinksOnePersonAcrossGroups)
{
    linkBoth();
    const QJsonArray list = participants();
    ASSERT_EQ(list.size(), 3);
    const QJsonObject p1 = byKey(list, QStringLiteral("pseudonym"), QStringLiteral("FG1 P1"));
    const QJsonArray speakers = p1.value(QStringLiteral("speakers")).toArray();
    ASSERT_EQ(speakers.size(), 2);
    QStringList documents;
    for (const QJsonValue& s : speakers) {
        documents << str(s.toObject().value(QStringLiteral("document")));
        EXPECT_EQ(str(s.toObject().value(QStringLiteral("label"))), QStringLiteral("P1"));
        EXPECT_EQ(str(s.toObject().value(QStringLiteral("role"))), QStringLiteral("participant"));
    }
    documents.sort();
    EXPECT_EQ(documents, (QStringList{QStringLiteral("fg1"), QStringLiteral("fg2")}));
    EXPECT_FALSE(byKey(list, QStringLiteral("pseudonym"), QStringLiteral("FG2 P2")).isEmpty());
    EXPECT_TRUE(byKey(list, QStringLiteral("pseudonym"), QStringLiteral("FG2 P1")).isEmpty());
    EXPECT_TRUE(p1.value(QStringLiteral("attributes")).toObject().isEmpty());
    EXPECT_EQ(str(p1.value(QStringLiteral("memo"))), QString());
}

TEST_F(CliCase, linkSpeakers_singleChangesKeepTheRest)
{
    linkBoth();
    const CliResult r = cli.runJson(
        args({"link-speakers", "p.tessera", "fg2", "--unlink", "P2", "--role", "P1=facilitator"}));
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    const QJsonArray speakers = r.json().object().value(QStringLiteral("speakers")).toArray();
    const QJsonObject p1 = byKey(speakers, QStringLiteral("label"), QStringLiteral("P1"));
    EXPECT_EQ(str(p1.value(QStringLiteral("pseudonym"))), QStringLiteral("FG1 P1"));
    EXPECT_EQ(str(p1.value(QStringLiteral("role"))), QStringLiteral("facilitator"));
    const QJsonObject p2 = byKey(speakers, QStringLiteral("label"), QStringLiteral("P2"));
    EXPECT_TRUE(p2.value(QStringLiteral("pseudonym")).isNull());
    EXPECT_EQ(str(p2.value(QStringLiteral("role"))), QStringLiteral("participant"));
}

TEST_F(CliCase, linkSpeakers_repeatedLinksApplyTogether)
{
    const CliResult r = cli.runJson(
        args({"link-speakers", "p.tessera", "fg1", "--link", "P1=Ann", "--link", "p2 = Ben"}));
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    const QJsonArray speakers = r.json().object().value(QStringLiteral("speakers")).toArray();
    EXPECT_EQ(str(byKey(speakers, QStringLiteral("label"), QStringLiteral("P1"))
                      .value(QStringLiteral("pseudonym"))),
              QStringLiteral("Ann"));
    EXPECT_EQ(str(byKey(speakers, QStringLiteral("label"), QStringLiteral("P2"))
                      .value(QStringLiteral("pseudonym"))),
              QStringLiteral("Ben"));
    // Without --accept the facilitator was left alone.
    EXPECT_TRUE(byKey(speakers, QStringLiteral("label"), QStringLiteral("Facilitator"))
                    .value(QStringLiteral("pseudonym"))
                    .isNull());
    EXPECT_EQ(participants().size(), 2);
}

TEST_F(CliCase, linkSpeakers_unknownLabelChangesNothing)
{
    const CliResult r =
        cli.run(args({"link-speakers", "p.tessera", "fg1", "--accept", "--link", "P9=Someone"}));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("P9"))) << qPrintable(r.err);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Facilitator, P1, P2")) ||
                r.err.contains(QStringLiteral("P1, P2")))
        << qPrintable(r.err);
    EXPECT_TRUE(participants().isEmpty());
    EXPECT_EQ(cli.run(args({"link-speakers", "p.tessera", "fg1", "--role", "P1=boss"})).exitCode,
              2);
    EXPECT_EQ(cli.run(args({"link-speakers", "p.tessera", "fg1", "--link", "P1"})).exitCode, 2);
}

TEST_F(CliCase, attributes_defineSetListAndClear)
{
    linkBoth();
    CliResult r = cli.runJson(args({"define-attribute", "p.tessera", "Role", "--type", "category",
                                    "--categories", "Social worker,Family support"}));
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_EQ(str(r.json().object().value(QStringLiteral("type"))), QStringLiteral("category"));
    EXPECT_TRUE(r.json().object().value(QStringLiteral("created")).toBool());
    ASSERT_EQ(
        cli.run(args({"define-attribute", "p.tessera", "Years", "--type", "number"})).exitCode, 0);
    ASSERT_EQ(cli.run(args({"define-attribute", "p.tessera", "Setting", "--type", "text", "--scope",
                            "document"}))
                  .exitCode,
              0);
    ASSERT_EQ(cli.run(args({"set-attribute", "p.tessera", "--participant", "FG1 P1", "Role",
                            "Social worker"}))
                  .exitCode,
              0);
    r = cli.runJson(
        args({"set-attribute", "p.tessera", "--participant", "fg1 p2", "Role", "Family support"}));
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_EQ(r.json().object(),
              (QJsonObject{{QStringLiteral("scope"), QStringLiteral("participant")},
                           {QStringLiteral("owner"), QStringLiteral("FG1 P2")},
                           {QStringLiteral("attribute"), QStringLiteral("Role")},
                           {QStringLiteral("value"), QStringLiteral("Family support")}}));
    ASSERT_EQ(cli.run(args({"set-attribute", "p.tessera", "--document", "fg2", "Setting",
                            "Community hall"}))
                  .exitCode,
              0);

    // A value that does not fit the type is refused and changes nothing.
    r = cli.run(args({"set-attribute", "p.tessera", "--participant", "FG1 P1", "Years", "ten"}));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_FALSE(r.err.isEmpty());
    EXPECT_EQ(cli.run(args({"set-attribute", "p.tessera", "FG1 P1", "Years", "1"})).exitCode, 2);

    const QJsonObject all =
        cli.runJson(args({"attributes", "p.tessera", "--values"})).json().object();
    const QJsonArray participantDefs = all.value(QStringLiteral("participant")).toArray();
    ASSERT_EQ(participantDefs.size(), 2);
    const QJsonObject role = participantDefs.at(0).toObject();
    EXPECT_EQ(str(role.value(QStringLiteral("name"))), QStringLiteral("Role"));
    EXPECT_EQ(role.value(QStringLiteral("categories")).toArray(),
              (QJsonArray{QStringLiteral("Social worker"), QStringLiteral("Family support")}));
    EXPECT_FALSE(role.value(QStringLiteral("multi_select")).toBool());
    EXPECT_TRUE(role.value(QStringLiteral("survey")).isNull());
    EXPECT_EQ(all.value(QStringLiteral("document")).toArray().size(), 1);
    const QJsonObject fg2Values = byKey(all.value(QStringLiteral("values")).toArray(),
                                        QStringLiteral("owner"), QStringLiteral("fg2"));
    EXPECT_EQ(str(fg2Values.value(QStringLiteral("scope"))), QStringLiteral("document"));
    EXPECT_EQ(str(fg2Values.value(QStringLiteral("attributes"))
                      .toObject()
                      .value(QStringLiteral("Setting"))),
              QStringLiteral("Community hall"));

    const QJsonObject onlyDocs =
        cli.runJson(args({"attributes", "p.tessera", "--scope", "document"})).json().object();
    EXPECT_FALSE(onlyDocs.contains(QStringLiteral("participant")));
    EXPECT_FALSE(onlyDocs.contains(QStringLiteral("values")));

    const QJsonObject p1 =
        byKey(participants(), QStringLiteral("pseudonym"), QStringLiteral("FG1 P1"));
    EXPECT_EQ(p1.value(QStringLiteral("attributes")).toObject(),
              (QJsonObject{{QStringLiteral("Role"), QStringLiteral("Social worker")}}));

    // An empty value clears.
    r = cli.runJson(args({"set-attribute", "p.tessera", "--participant", "FG1 P1", "Role", ""}));
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_TRUE(r.json().object().value(QStringLiteral("value")).isNull());
    EXPECT_TRUE(byKey(participants(), QStringLiteral("pseudonym"), QStringLiteral("FG1 P1"))
                    .value(QStringLiteral("attributes"))
                    .toObject()
                    .isEmpty());

    const CliResult table = cli.run(args({"participants", "p.tessera"}));
    EXPECT_TRUE(table.out.contains(QStringLiteral("Pseudonym"))) << qPrintable(table.out);
    EXPECT_TRUE(table.out.contains(QStringLiteral("fg1: P1; fg2: P1")) ||
                table.out.contains(QStringLiteral("fg2: P1; fg1: P1")))
        << qPrintable(table.out);
}

TEST_F(CliCase, defineAttribute_usageErrors)
{
    EXPECT_EQ(cli.run(args({"define-attribute", "p.tessera", "Role"})).exitCode, 2);
    EXPECT_EQ(cli.run(args({"define-attribute", "p.tessera", "Role", "--type", "colour"})).exitCode,
              2);
    EXPECT_EQ(cli.run(args({"define-attribute", "p.tessera", "Age", "--type", "number",
                            "--categories", "A,B"}))
                  .exitCode,
              2);
    EXPECT_EQ(cli.run(args({"define-attribute", "p.tessera", "Role", "--type", "text", "--scope",
                            "team"}))
                  .exitCode,
              2);
    const QJsonObject all = cli.runJson(args({"attributes", "p.tessera"})).json().object();
    EXPECT_TRUE(all.value(QStringLiteral("participant")).toArray().isEmpty());
    EXPECT_TRUE(all.value(QStringLiteral("document")).toArray().isEmpty());
}

TEST_F(CliCase, attributeImport_appliesGoodRowsAndNamesTheBadOne)
{
    linkBoth();
    write(QStringLiteral("people.csv"), "Participant,Years,Team\n"
                                        "FG1 P1,12,North\n"
                                        "Nobody Here,5,North\n"
                                        "\"FG2 P2\",3,South\n");
    const CliResult r = cli.runJson(args({"attribute-import", "p.tessera", "people.csv"}));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Nobody Here"))) << qPrintable(r.err);
    EXPECT_TRUE(r.err.contains(QStringLiteral("row"))) << qPrintable(r.err);
    const QJsonObject report = r.json().object();
    EXPECT_EQ(report.value(QStringLiteral("participants_updated")).toInt(), 2);
    EXPECT_EQ(report.value(QStringLiteral("documents_updated")).toInt(), 0);
    EXPECT_EQ(report.value(QStringLiteral("values_set")).toInt(), 4);
    EXPECT_EQ(report.value(QStringLiteral("attributes_created")).toArray().size(), 2);
    EXPECT_TRUE(report.value(QStringLiteral("participants_created")).toArray().isEmpty());
    ASSERT_EQ(report.value(QStringLiteral("problems")).toArray().size(), 1);
    EXPECT_TRUE(str(report.value(QStringLiteral("problems")).toArray().at(0))
                    .contains(QStringLiteral("Nobody Here")));

    const QJsonArray list = participants();
    EXPECT_EQ(list.size(), 3); // no participant was created for the unmatched row
    const QJsonObject p1 = byKey(list, QStringLiteral("pseudonym"), QStringLiteral("FG1 P1"));
    EXPECT_EQ(str(p1.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("Team"))),
              QStringLiteral("North"));
    EXPECT_EQ(str(p1.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("Years"))),
              QStringLiteral("12"));

    // With --create-participants the unknown key becomes a participant; exit 0.
    const CliResult created =
        cli.runJson(args({"attribute-import", "p.tessera", "people.csv", "--create-participants"}));
    EXPECT_EQ(created.exitCode, 0) << qPrintable(created.err);
    EXPECT_EQ(created.json().object().value(QStringLiteral("participants_created")).toArray(),
              (QJsonArray{QStringLiteral("Nobody Here")}));
    EXPECT_EQ(participants().size(), 4);

    const CliResult missing = cli.run(args({"attribute-import", "p.tessera", "nothere.csv"}));
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("nothere.csv"))) << qPrintable(missing.err);
}

TEST_F(CliCase, countFacilitators_isAStoredSetting)
{
    CliResult r = cli.runJson(args({"count-facilitators", "p.tessera"}));
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_FALSE(r.json().object().value(QStringLiteral("count_facilitators")).toBool());
    r = cli.runJson(args({"count-facilitators", "p.tessera", "on"}));
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_TRUE(r.json().object().value(QStringLiteral("count_facilitators")).toBool());
    EXPECT_TRUE(cli.runJson(args({"count-facilitators", "p.tessera"}))
                    .json()
                    .object()
                    .value(QStringLiteral("count_facilitators"))
                    .toBool());
    EXPECT_EQ(cli.run(args({"count-facilitators", "p.tessera", "maybe"})).exitCode, 2);
}

TEST_F(CliCase, helpListsTheNewCommands)
{
    const CliResult r = cli.run(args({"--help"}));
    ASSERT_EQ(r.exitCode, 0);
    for (const char* command :
         {"participants PROJECT", "link-speakers PROJECT DOC", "attributes PROJECT",
          "define-attribute PROJECT NAME", "set-attribute PROJECT", "attribute-import PROJECT FILE",
          "count-facilitators PROJECT", "survey-import PROJECT FILE", "surveys PROJECT",
          "survey-summary PROJECT", "matrix PROJECT", "joint-display PROJECT"}) {
        EXPECT_TRUE(r.out.contains(QString::fromUtf8(command))) << command;
    }
}
