#include "CliRunner.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace tessera::test;

namespace {

// One focus group of four turns (141 characters, positions below), coded independently by Ann
// and Ben:
//   0  "P1: Waiting lists are far too long.\n"     speech [4,35)
//   1  "P2: We never have enough time.\n"          speech [40,66)
//   2  "P1: Paperwork takes over the week.\n"      speech [71,105)
//   3  "P2: Waiting again, and more paperwork.\n"  speech [110,140)
//
//            Ann                                   Ben
// Waiting    "Waiting lists" [4,17),               "Waiting lists are far too long." [4,35)
//            "Waiting again" [106,119)
// Paperwork  "Paperwork" [71,80)                   "Paperwork" [71,80), "paperwork" [130,139)
// Time       "enough time" [54,65)                 "enough time" [54,65)
// Unused     -                                     -
class CliTeam : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_EQ(cli.run(args({"new", "p.tessera"})).exitCode, 0);
        QFile file(cli.path(QStringLiteral("fg.txt")));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("P1: Waiting lists are far too long.\n"
                   "P2: We never have enough time.\n"
                   "P1: Paperwork takes over the week.\n"
                   "P2: Waiting again, and more paperwork.\n");
        file.close();
        ASSERT_EQ(cli.run(args({"import", "p.tessera", "fg.txt"})).exitCode, 0);
        for (const char* code : {"Waiting", "Paperwork", "Time", "Unused"}) {
            ASSERT_EQ(cli.run(args({"code-add", "p.tessera", code})).exitCode, 0);
        }
        code("Ann", "Waiting", "4:17");
        code("Ann", "Waiting", "106:119");
        code("Ann", "Paperwork", "71:80");
        code("Ann", "Time", "54:65");
        code("Ben", "Waiting", "4:35");
        code("Ben", "Paperwork", "71:80");
        code("Ben", "Paperwork", "130:139");
        code("Ben", "Time", "54:65");
    }

    void code(const char* coder, const char* codeName, const char* range)
    {
        const CliResult r = cli.run(
            args({"apply", "p.tessera", "fg", codeName, "--range", range, "--coder", coder}));
        ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    }

    QJsonObject agreement(QStringList extra)
    {
        const CliResult r = cli.runJson(
            QStringList{QStringLiteral("agreement"), QStringLiteral("p.tessera")} + extra);
        EXPECT_EQ(r.exitCode, 0) << qPrintable(r.err);
        return r.json().object();
    }

    static QJsonObject perCode(const QJsonObject& report, const QString& code)
    {
        for (const QJsonValue& v : report.value(QStringLiteral("per_code")).toArray()) {
            if (v.toObject().value(QStringLiteral("code")).toString() == code) {
                return v.toObject();
            }
        }
        ADD_FAILURE() << "no per_code entry for " << qPrintable(code);
        return {};
    }

    static double num(const QJsonObject& o, const char* key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        EXPECT_TRUE(v.isDouble()) << key << " is not a number";
        return v.toDouble();
    }

    static bool isNull(const QJsonObject& o, const char* key)
    {
        return o.value(QLatin1String(key)).isNull();
    }

    CliRunner cli;
};

TEST_F(CliTeam, characterLevelMatchesHandDerivedTables)
{
    const QJsonObject r = agreement(args({"--coders", "ann,BEN"})); // names ignore case
    EXPECT_EQ(r.value(QStringLiteral("unit")).toString(), QStringLiteral("char"));
    EXPECT_EQ(r.value(QStringLiteral("coders")).toArray(),
              (QJsonArray{QStringLiteral("Ann"), QStringLiteral("Ben")}));
    EXPECT_TRUE(r.value(QStringLiteral("domain")).isNull());
    EXPECT_EQ(r.value(QStringLiteral("characters")).toInt(), 141);
    // Default codes: those the coders applied, in code-tree order (not Unused).
    const QJsonArray codes = r.value(QStringLiteral("per_code")).toArray();
    ASSERT_EQ(codes.size(), 3);
    EXPECT_EQ(codes[0].toObject().value(QStringLiteral("code")).toString(), u"Waiting");
    EXPECT_EQ(codes[2].toObject().value(QStringLiteral("code")).toString(), u"Time");

    // Waiting: both 13, Ann only 13, Ben only 18, neither 141 - 44 = 97.
    // p_o = 110/141; p_e = (26*31 + 115*110)/141^2 = 13456/19881;
    // kappa = (110*141 - 13456) / (19881 - 13456) = 2054/6425.
    const QJsonObject waiting = perCode(r, QStringLiteral("Waiting"));
    EXPECT_DOUBLE_EQ(num(waiting, "percent_agreement"), 110.0 / 141.0);
    EXPECT_NEAR(num(waiting, "cohen_kappa"), 2054.0 / 6425.0, 1e-12);
    const QJsonObject table = waiting.value(QStringLiteral("table")).toObject();
    EXPECT_EQ(table.value(QStringLiteral("both")).toInt(), 13);
    EXPECT_EQ(table.value(QStringLiteral("first_only")).toInt(), 13);
    EXPECT_EQ(table.value(QStringLiteral("second_only")).toInt(), 18);
    EXPECT_EQ(table.value(QStringLiteral("neither")).toInt(), 97);
    // Paperwork: both 9, Ben only 9, neither 123; p_e = (9*18 + 132*123)/19881;
    // kappa = (132*141 - 16398) / (19881 - 16398) = 2214/3483.
    const QJsonObject paperwork = perCode(r, QStringLiteral("Paperwork"));
    EXPECT_DOUBLE_EQ(num(paperwork, "percent_agreement"), 132.0 / 141.0);
    EXPECT_NEAR(num(paperwork, "cohen_kappa"), 2214.0 / 3483.0, 1e-12);
    EXPECT_DOUBLE_EQ(num(perCode(r, QStringLiteral("Time")), "cohen_kappa"), 1.0);
    // Turn and unitized figures do not apply at character level.
    for (const char* key : {"fleiss_kappa", "alpha", "u_alpha", "undefined_reason"}) {
        EXPECT_TRUE(isNull(waiting, key)) << key;
    }
    const QJsonArray documents = r.value(QStringLiteral("per_document")).toArray();
    ASSERT_EQ(documents.size(), 1);
    EXPECT_EQ(documents[0].toObject().value(QStringLiteral("length")).toInt(), 141);
}

TEST_F(CliTeam, codeNobodyCodedIsUndefinedWithReason)
{
    const QJsonObject r = agreement(args({"--coders", "Ann,Ben", "--codes", "Waiting,unused"}));
    const QJsonObject unused = perCode(r, QStringLiteral("Unused"));
    EXPECT_DOUBLE_EQ(num(unused, "percent_agreement"), 1.0); // every character agrees: neither
    EXPECT_TRUE(isNull(unused, "cohen_kappa"));
    EXPECT_TRUE(
        unused.value(QStringLiteral("undefined_reason")).toString().startsWith(u"no coding"))
        << qPrintable(unused.value(QStringLiteral("undefined_reason")).toString());
    EXPECT_TRUE(unused.value(QStringLiteral("undefined"))
                    .toObject()
                    .value(QStringLiteral("cohen_kappa"))
                    .isString());
    EXPECT_TRUE(isNull(perCode(r, QStringLiteral("Waiting")), "undefined_reason"));

    const CliResult human =
        cli.run(args({"agreement", "p.tessera", "--coders", "Ann,Ben", "--codes", "Unused"}));
    ASSERT_EQ(human.exitCode, 0) << qPrintable(human.err);
    EXPECT_TRUE(human.out.contains(u"Unit of analysis: the character")) << qPrintable(human.out);
    EXPECT_TRUE(human.out.contains(u"undefined (no coding")) << qPrintable(human.out);
}

TEST_F(CliTeam, turnLevelMatchesHandDerivedFigures)
{
    const QJsonObject r = agreement(args({"--coders", "Ann,Ben", "--unit", "turn"}));
    EXPECT_EQ(r.value(QStringLiteral("unit")).toString(), QStringLiteral("turn"));
    EXPECT_EQ(r.value(QStringLiteral("turns")).toInt(), 4);
    // Waiting by turn: Ann (1,0,0,1), Ben (1,0,0,0): both 1, Ann only 1, neither 2.
    // p_o = 3/4, p_e = (2*1 + 2*3)/16 = 1/2, kappa = 1/2. Alpha: 8 pairable values, o_11 = 2,
    // o_00 = 4, o_01 = o_10 = 1; n_1 = 3, n_0 = 5; D_o = 2/8, D_e = 2*3*5/(8*7) = 15/28;
    // alpha = 1 - (1/4)/(15/28) = 8/15.
    const QJsonObject waiting = perCode(r, QStringLiteral("Waiting"));
    EXPECT_DOUBLE_EQ(num(waiting, "percent_agreement"), 0.75);
    EXPECT_NEAR(num(waiting, "cohen_kappa"), 0.5, 1e-12);
    EXPECT_NEAR(num(waiting, "alpha"), 8.0 / 15.0, 1e-12);
    EXPECT_TRUE(isNull(waiting, "fleiss_kappa")); // two coders
    EXPECT_TRUE(isNull(waiting, "u_alpha"));
    // Time: both coders coded turn 1 only.
    const QJsonObject time = perCode(r, QStringLiteral("Time"));
    EXPECT_DOUBLE_EQ(num(time, "cohen_kappa"), 1.0);
    EXPECT_DOUBLE_EQ(num(time, "alpha"), 1.0);
    EXPECT_TRUE(r.value(QStringLiteral("per_document")).isNull());
}

TEST_F(CliTeam, turnLevelDomainHasAlphaAndMissingValues)
{
    const QJsonObject r =
        agreement(args({"--coders", "Ann,Ben", "--unit", "turn", "--domain", "Waiting,Paperwork"}));
    const QJsonObject domain = r.value(QStringLiteral("domain")).toObject();
    ASSERT_FALSE(domain.isEmpty());
    // Values per turn: Ann (W, -, P, W), Ben (W, -, P, P). Pairable turns 0, 2, 3: n = 6,
    // o_WW = o_PP = 2, o_WP = o_PW = 1; D_o = 2/6, D_e = 2*3*3/(6*5) = 3/5; alpha = 4/9.
    EXPECT_NEAR(num(domain, "alpha"), 4.0 / 9.0, 1e-12);
    // Turn 1 has no domain value from either coder, so Cohen's kappa is undefined.
    EXPECT_TRUE(isNull(domain, "cohen_kappa"));
    EXPECT_TRUE(domain.value(QStringLiteral("undefined"))
                    .toObject()
                    .value(QStringLiteral("cohen_kappa"))
                    .toString()
                    .startsWith(u"missing values"));
    for (const char* key :
         {"fleiss_kappa", "u_alpha", "binary_u_alpha", "cu_alpha", "code_u_alpha"}) {
        EXPECT_TRUE(isNull(domain, key)) << key;
    }
    // The domain's codes are reported one by one too.
    EXPECT_EQ(r.value(QStringLiteral("per_code")).toArray().size(), 2);
}

TEST_F(CliTeam, unitizedLevelHasUAlphaOnly)
{
    const QJsonObject r = agreement(args({"--coders", "Ann,Ben", "--unit", "unitized"}));
    EXPECT_EQ(r.value(QStringLiteral("unit")).toString(), QStringLiteral("unitized"));
    EXPECT_TRUE(r.value(QStringLiteral("domain")).isNull());
    // Identical units: no observed disagreement.
    EXPECT_DOUBLE_EQ(num(perCode(r, QStringLiteral("Time")), "u_alpha"), 1.0);
    const QJsonObject waiting = perCode(r, QStringLiteral("Waiting"));
    EXPECT_LT(num(waiting, "u_alpha"), 1.0);
    for (const char* key : {"percent_agreement", "cohen_kappa", "fleiss_kappa", "alpha"}) {
        EXPECT_TRUE(isNull(waiting, key)) << key;
    }

    const QJsonObject d = agreement(
        args({"--coders", "Ann,Ben", "--unit", "unitized", "--domain", "Waiting,Paperwork"}));
    const QJsonObject domain = d.value(QStringLiteral("domain")).toObject();
    for (const char* key : {"u_alpha", "binary_u_alpha", "cu_alpha"}) {
        EXPECT_TRUE(domain.value(QLatin1String(key)).isDouble()) << key;
    }
    EXPECT_TRUE(isNull(domain, "alpha"));
    const QJsonObject perCodeU = domain.value(QStringLiteral("code_u_alpha")).toObject();
    EXPECT_EQ(perCodeU.keys(),
              (QStringList{QStringLiteral("Paperwork"), QStringLiteral("Waiting")}));
}

TEST_F(CliTeam, unknownNamesAreRefusedListingValidOnes)
{
    const CliResult coder = cli.run(args({"agreement", "p.tessera", "--coders", "Ann,Nobody"}));
    EXPECT_EQ(coder.exitCode, 1);
    EXPECT_TRUE(coder.err.contains(u"Nobody")) << qPrintable(coder.err);
    EXPECT_TRUE(coder.err.contains(u"Ann, Ben")) << qPrintable(coder.err);
    EXPECT_TRUE(coder.out.isEmpty());

    const CliResult code =
        cli.run(args({"agreement", "p.tessera", "--coders", "Ann,Ben", "--codes", "Nope"}));
    EXPECT_EQ(code.exitCode, 1);
    EXPECT_TRUE(code.err.contains(u"Waiting, Paperwork, Time, Unused")) << qPrintable(code.err);

    const CliResult doc =
        cli.run(args({"agreement", "p.tessera", "--coders", "Ann,Ben", "--docs", "fg9"}));
    EXPECT_EQ(doc.exitCode, 1);
    EXPECT_TRUE(doc.err.contains(u"fg9") && doc.err.contains(u"documents are: fg"))
        << qPrintable(doc.err);

    EXPECT_EQ(
        cli.run(args({"agreement", "p.tessera", "--coders", "Ann,Ben", "--unit", "word"})).exitCode,
        2);
    EXPECT_EQ(cli.run(args({"agreement", "p.tessera", "--coders", "Ann,Ben", "--codes", "Time",
                            "--domain", "Waiting,Paperwork"}))
                  .exitCode,
              2);
    // Character level compares exactly two coders.
    ASSERT_EQ(cli.run(args({"coder-add", "p.tessera", "Cleo"})).exitCode, 0);
    const CliResult three = cli.run(args({"agreement", "p.tessera", "--coders", "Ann,Ben,Cleo"}));
    EXPECT_EQ(three.exitCode, 1);
    EXPECT_TRUE(three.err.contains(u"exactly two")) << qPrintable(three.err);
}

TEST_F(CliTeam, disagreementsAreOrderedBySize)
{
    const CliResult r =
        cli.runJson(args({"disagreements", "p.tessera", "--coders", "Ann,Ben", "--docs", "fg"}));
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    const QJsonArray list = r.json().array();
    ASSERT_EQ(list.size(), 3);
    // Waiting [17,35) Ben only (18), Waiting [106,119) Ann only (13), Paperwork [130,139) (9).
    const QJsonObject first = list[0].toObject();
    EXPECT_EQ(first.value(QStringLiteral("code")).toString(), u"Waiting");
    EXPECT_EQ(first.value(QStringLiteral("document")).toString(), u"fg");
    EXPECT_EQ(first.value(QStringLiteral("start")).toInt(), 17);
    EXPECT_EQ(first.value(QStringLiteral("end")).toInt(), 35);
    EXPECT_EQ(first.value(QStringLiteral("length")).toInt(), 18);
    EXPECT_EQ(first.value(QStringLiteral("text")).toString(), u" are far too long.");
    EXPECT_EQ(first.value(QStringLiteral("turns")).toArray(), QJsonArray{0});
    const QJsonObject coders = first.value(QStringLiteral("coders")).toObject();
    EXPECT_FALSE(coders.value(QStringLiteral("Ann")).toObject().value(u"coded").toBool());
    EXPECT_TRUE(
        coders.value(QStringLiteral("Ann")).toObject().value(u"codings").toArray().isEmpty());
    EXPECT_TRUE(coders.value(QStringLiteral("Ben")).toObject().value(u"coded").toBool());
    EXPECT_EQ(coders.value(QStringLiteral("Ben")).toObject().value(u"codings").toArray().size(), 1);

    EXPECT_EQ(list[1].toObject().value(QStringLiteral("length")).toInt(), 13);
    EXPECT_EQ(list[1].toObject().value(QStringLiteral("turns")).toArray(), QJsonArray{3});
    EXPECT_EQ(list[2].toObject().value(QStringLiteral("code")).toString(), u"Paperwork");
    EXPECT_EQ(list[2].toObject().value(QStringLiteral("text")).toString(), u"paperwork");

    const CliResult onlyTime =
        cli.runJson(args({"disagreements", "p.tessera", "--coders", "Ann,Ben", "--codes", "Time"}));
    EXPECT_TRUE(onlyTime.json().array().isEmpty());
}

TEST_F(CliTeam, codersListAndAdd)
{
    const CliResult added =
        cli.runJson(args({"coder-add", "p.tessera", "Cleo", "--color", "#aa3377"}));
    ASSERT_EQ(added.exitCode, 0) << qPrintable(added.err);
    EXPECT_EQ(added.json().object().value(QStringLiteral("color")).toString(), u"#AA3377");
    EXPECT_EQ(cli.run(args({"coder-add", "p.tessera", "cleo"})).exitCode, 1); // exists
    EXPECT_EQ(cli.run(args({"coder-add", "p.tessera", "Dee", "--color", "red"})).exitCode, 1);

    const CliResult listed = cli.runJson(args({"coders", "p.tessera", "--current", "ben"}));
    ASSERT_EQ(listed.exitCode, 0) << qPrintable(listed.err);
    const QJsonArray coders = listed.json().array();
    ASSERT_EQ(coders.size(), 4); // the project's first coder, Ann, Ben, Cleo
    const QJsonObject ben = coders[2].toObject();
    EXPECT_EQ(ben.value(QStringLiteral("name")).toString(), u"Ben");
    EXPECT_EQ(ben.value(QStringLiteral("codings")).toInt(), 4);
    EXPECT_TRUE(ben.value(QStringLiteral("current")).toBool());
    EXPECT_EQ(ben.value(QStringLiteral("guid")).toString().size(), 36);
    EXPECT_TRUE(ben.value(QStringLiteral("color")).toString().startsWith(u'#'));
    EXPECT_FALSE(coders[0].toObject().value(QStringLiteral("current")).toBool());
    EXPECT_EQ(coders[3].toObject().value(QStringLiteral("codings")).toInt(), 0);
}

TEST_F(CliTeam, blindCodingShowsOnlyTheCurrentCodersCodings)
{
    ASSERT_EQ(cli.run(args({"coders", "p.tessera", "--current", "Ann"})).exitCode, 0);
    EXPECT_FALSE(cli.runJson(args({"blind", "p.tessera"}))
                     .json()
                     .object()
                     .value(QStringLiteral("blind_coding"))
                     .toBool());
    EXPECT_EQ(cli.runJson(args({"codings", "p.tessera"})).json().array().size(), 8);

    const CliResult on = cli.runJson(args({"blind", "p.tessera", "on"}));
    ASSERT_EQ(on.exitCode, 0) << qPrintable(on.err);
    EXPECT_TRUE(on.json().object().value(QStringLiteral("blind_coding")).toBool());

    const CliResult mine = cli.runJson(args({"codings", "p.tessera"}));
    ASSERT_EQ(mine.exitCode, 0) << qPrintable(mine.err);
    const QJsonArray own = mine.json().array();
    ASSERT_EQ(own.size(), 4);
    for (const QJsonValue& c : own) {
        EXPECT_EQ(c.toObject().value(QStringLiteral("coder")).toString(), u"Ann");
    }
    EXPECT_TRUE(mine.err.contains(u"blind coding is on")) << qPrintable(mine.err);
    EXPECT_EQ(cli.run(args({"codings", "p.tessera", "--coder", "Ben"})).exitCode, 1);
    EXPECT_EQ(cli.runJson(args({"codings", "p.tessera", "--all-coders"})).json().array().size(), 8);

    // Comparing is the team's explicit choice: agreement still runs, with a note.
    const CliResult compared = cli.runJson(args({"agreement", "p.tessera", "--coders", "Ann,Ben"}));
    EXPECT_EQ(compared.exitCode, 0);
    EXPECT_TRUE(compared.err.contains(u"blind coding is on")) << qPrintable(compared.err);

    EXPECT_EQ(cli.run(args({"blind", "p.tessera", "maybe"})).exitCode, 2);
    ASSERT_EQ(cli.run(args({"blind", "p.tessera", "off"})).exitCode, 0);
    const CliResult all = cli.runJson(args({"codings", "p.tessera"}));
    EXPECT_EQ(all.json().array().size(), 8);
    EXPECT_TRUE(all.err.isEmpty()) << qPrintable(all.err);
}

TEST(CliTeamSample, twoCodersGiveANonTrivialAgreement)
{
    CliRunner cli;
    ASSERT_EQ(cli.run(args({"sample", "s.tessera"})).exitCode, 0);
    for (const char* unit : {"char", "turn"}) {
        const CliResult r = cli.runJson(
            args({"agreement", "s.tessera", "--coders", "Alex Morgan,Sam Okoro", "--unit", unit}));
        ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
        int between = 0;
        for (const QJsonValue& v : r.json().object().value(QStringLiteral("per_code")).toArray()) {
            const QJsonValue kappa = v.toObject().value(QStringLiteral("cohen_kappa"));
            if (kappa.isDouble() && kappa.toDouble() > 0.0 && kappa.toDouble() < 1.0) {
                ++between;
            }
        }
        EXPECT_GT(between, 0) << unit;
    }
    const CliResult d =
        cli.runJson(args({"disagreements", "s.tessera", "--coders", "Alex Morgan,Sam Okoro"}));
    ASSERT_EQ(d.exitCode, 0) << qPrintable(d.err);
    const QJsonArray list = d.json().array();
    ASSERT_FALSE(list.isEmpty());
    for (qsizetype i = 1; i < list.size(); ++i) {
        EXPECT_GE(list[i - 1].toObject().value(QStringLiteral("length")).toInt(),
                  list[i].toObject().value(QStringLiteral("length")).toInt());
    }
}

} // namespace
