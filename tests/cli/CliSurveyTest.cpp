#include "CliRunner.h"
#include "support/TestPaths.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace tessera::test;

namespace {

QString str(const QJsonValue& value)
{
    return value.toString();
}

// Four respondents: a quoted header with a comma, a multi-select column, a blank answer, an
// answer with a comma and one with doubled quotes.
const QByteArray kSurveyCsv = "ID,Role,Confident,\"Tools, used\",Comments\r\n"
                              "R1,Social worker,Yes,Email;Video,\"Too many systems, honestly\"\r\n"
                              "R2,Family support,No,Email,\r\n"
                              "R3,Social worker,Yes,Video,\"We need \"\"proper\"\" training\"\r\n"
                              "R4,Family support,,Email;Phone,Short answer\r\n";

class CliSurvey : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_EQ(cli.run(args({"new", "p.tessera", "--title", "Digital practice"})).exitCode, 0);
        write(QStringLiteral("survey.csv"), kSurveyCsv);
    }

    void write(const QString& name, const QByteArray& bytes)
    {
        QFile file(cli.path(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    CliResult importSurvey(const QStringList& extra = {})
    {
        return cli.runJson(args({"survey-import", "p.tessera", "survey.csv", "--closed",
                                 "Tools, used", "--open", "Comments"}) +
                           extra);
    }

    int count(const char* listCommand)
    {
        return int(cli.runJson({QString::fromUtf8(listCommand), QStringLiteral("p.tessera")})
                       .json()
                       .array()
                       .size());
    }

    // Two coded focus groups whose speakers are linked to participants with a Role; the survey
    // supplies the Role attribute and its categories.
    void buildMixedStudy()
    {
        ASSERT_EQ(importSurvey().exitCode, 0);
        write(QStringLiteral("fg1.txt"), "Facilitator: Welcome, everyone.\n"
                                         "P1: The waiting list is far too long for families.\n"
                                         "P2: We never have enough time with the children.\n"
                                         "Facilitator: Anything else?\n"
                                         "P1: Paperwork takes over the week.\n");
        write(QStringLiteral("fg2.txt"), "Facilitator: Thanks for coming.\n"
                                         "P1: Waiting for a referral takes months.\n"
                                         "P2: Paperwork again, always paperwork.\n");
        const QList<QStringList> steps{
            args({"import", "p.tessera", "fg1.txt", "--group", "Focus group 1"}),
            args({"import", "p.tessera", "fg2.txt", "--group", "Focus group 2"}),
            args({"link-speakers", "p.tessera", "fg1", "--accept"}),
            args({"link-speakers", "p.tessera", "fg2", "--accept", "--link", "P1=FG1 P1"}),
            args(
                {"set-attribute", "p.tessera", "--participant", "FG1 P1", "Role", "Social worker"}),
            args({"set-attribute", "p.tessera", "--participant", "FG1 P2", "Role",
                  "Family support"}),
            args({"set-attribute", "p.tessera", "--participant", "FG2 P2", "Role",
                  "Family support"}),
            args({"code-add", "p.tessera", "Waiting"}),
            args({"code-add", "p.tessera", "Paperwork"}),
            args({"apply", "p.tessera", "fg1", "Waiting", "--match", "waiting list"}),
            args({"apply", "p.tessera", "fg2", "Waiting", "--match", "Waiting for a referral"}),
            args({"apply", "p.tessera", "fg1", "Paperwork", "--match", "Paperwork takes"}),
            args({"apply", "p.tessera", "fg2", "Paperwork", "--match", "Paperwork again"}),
            args({"theme-add", "p.tessera", "Pressures"}),
            args({"theme-link", "p.tessera", "Pressures", "Waiting"}),
            args({"theme-link", "p.tessera", "Pressures", "Paperwork"}),
        };
        for (const QStringList& step : steps) {
            const CliResult r = cli.run(step);
            ASSERT_EQ(r.exitCode, 0)
                << qPrintable(step.join(QLatin1Char(' '))) << ": " << qPrintable(r.err);
        }
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

    static QStringList labels(const QJsonObject& question)
    {
        QStringList result;
        for (const QJsonValue& c : question.value(QStringLiteral("categories")).toArray()) {
            result << QStringLiteral("%1 %2").arg(str(c.toObject().value(QStringLiteral("value"))),
                                                  str(c.toObject().value(QStringLiteral("label"))));
        }
        return result;
    }

    CliRunner cli;
};

} // namespace

TEST_F(CliSurvey, dryRunShowsThePlanAndChangesNothing)
{
    const CliResult r = importSurvey({QStringLiteral("--dry-run")});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    const QJsonObject plan = r.json().object();
    EXPECT_EQ(str(plan.value(QStringLiteral("survey"))), QStringLiteral("survey"));
    EXPECT_EQ(plan.value(QStringLiteral("respondents")).toInt(), 4);
    EXPECT_EQ(str(plan.value(QStringLiteral("id_column"))), QStringLiteral("ID"));
    EXPECT_TRUE(plan.value(QStringLiteral("dry_run")).toBool());
    const QJsonArray columns = plan.value(QStringLiteral("columns")).toArray();
    ASSERT_EQ(columns.size(), 5);
    const auto kindOf = [&](const char* column) {
        return str(byKey(columns, QStringLiteral("column"), QString::fromUtf8(column))
                       .value(QStringLiteral("kind")));
    };
    EXPECT_EQ(kindOf("ID"), QStringLiteral("id"));
    EXPECT_EQ(kindOf("Role"), QStringLiteral("closed"));
    EXPECT_EQ(kindOf("Confident"), QStringLiteral("closed"));
    EXPECT_EQ(kindOf("Tools, used"), QStringLiteral("closed"));
    EXPECT_EQ(kindOf("Comments"), QStringLiteral("open"));
    EXPECT_TRUE(byKey(columns, QStringLiteral("column"), QStringLiteral("Tools, used"))
                    .value(QStringLiteral("multi_select"))
                    .toBool());
    EXPECT_EQ(count("surveys"), 0);
    EXPECT_EQ(count("participants"), 0);
    EXPECT_EQ(count("documents"), 0);

    const CliResult human =
        cli.run(args({"survey-import", "p.tessera", "survey.csv", "--dry-run"}));
    ASSERT_EQ(human.exitCode, 0) << qPrintable(human.err);
    EXPECT_TRUE(human.out.contains(QStringLiteral("nothing was imported")))
        << qPrintable(human.out);

    // A list may quote a name holding a comma; the option may also be repeated.
    const auto ignoredIn = [](const CliResult& result) {
        QStringList ignored;
        for (const QJsonValue& c :
             result.json().object().value(QStringLiteral("columns")).toArray()) {
            if (str(c.toObject().value(QStringLiteral("kind"))) == QLatin1String("ignored")) {
                ignored << str(c.toObject().value(QStringLiteral("column")));
            }
        }
        return ignored;
    };
    const QStringList both{QStringLiteral("Tools, used"), QStringLiteral("Comments")};
    EXPECT_EQ(ignoredIn(cli.runJson(args({"survey-import", "p.tessera", "survey.csv", "--ignore",
                                          "comments,\"Tools, used\"", "--dry-run"}))),
              both);
    EXPECT_EQ(ignoredIn(cli.runJson(args({"survey-import", "p.tessera", "survey.csv", "--ignore",
                                          "Tools, used", "--ignore", "Comments", "--dry-run"}))),
              both);
    EXPECT_EQ(count("surveys"), 0);
}

TEST_F(CliSurvey, badOverrideColumnListsTheColumnsAndChangesNothing)
{
    const QByteArray before = readFileBytes(cli.path(QStringLiteral("p.tessera")));
    const CliResult r =
        cli.run(args({"survey-import", "p.tessera", "survey.csv", "--closed", "Confidence"}));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Confidence"))) << qPrintable(r.err);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Confident"))) << qPrintable(r.err);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Tools, used"))) << qPrintable(r.err);
    EXPECT_EQ(readFileBytes(cli.path(QStringLiteral("p.tessera"))), before);
    EXPECT_EQ(count("surveys"), 0);
    EXPECT_EQ(count("participants"), 0);

    write(QStringLiteral("broken.csv"), "ID,Q\nR1,\"never closed\n");
    const CliResult broken = cli.run(args({"survey-import", "p.tessera", "broken.csv"}));
    EXPECT_EQ(broken.exitCode, 1);
    EXPECT_TRUE(broken.err.contains(QStringLiteral("broken.csv"))) << qPrintable(broken.err);
    EXPECT_EQ(count("surveys"), 0);
}

TEST_F(CliSurvey, importThenListAndSummarise)
{
    const CliResult r = importSurvey();
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    const QJsonObject imported = r.json().object();
    EXPECT_EQ(str(imported.value(QStringLiteral("survey"))), QStringLiteral("survey"));
    EXPECT_EQ(imported.value(QStringLiteral("respondents")).toInt(), 4);
    EXPECT_EQ(str(imported.value(QStringLiteral("id_column"))), QStringLiteral("ID"));
    const QJsonArray closed = imported.value(QStringLiteral("closed")).toArray();
    ASSERT_EQ(closed.size(), 3);
    EXPECT_EQ(closed.at(0).toObject(),
              (QJsonObject{
                  {QStringLiteral("question"), QStringLiteral("Role")},
                  {QStringLiteral("multi_select"), false},
                  {QStringLiteral("categories"), QJsonArray{QStringLiteral("Social worker"),
                                                            QStringLiteral("Family support")}}}));
    EXPECT_EQ(closed.at(2).toObject(),
              (QJsonObject{{QStringLiteral("question"), QStringLiteral("Tools, used")},
                           {QStringLiteral("multi_select"), true},
                           {QStringLiteral("categories"),
                            QJsonArray{QStringLiteral("Email"), QStringLiteral("Video"),
                                       QStringLiteral("Phone")}}}));
    const QJsonArray open = imported.value(QStringLiteral("open")).toArray();
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open.at(0).toObject(),
              (QJsonObject{{QStringLiteral("question"), QStringLiteral("Comments")},
                           {QStringLiteral("document"), QStringLiteral("survey: Comments")},
                           {QStringLiteral("responses"), 3}}));
    EXPECT_EQ(count("participants"), 4);

    // The open answers are a document, quotes and commas intact.
    const QString text = cli.runJson(args({"text", "p.tessera", "survey: Comments"}))
                             .json()
                             .object()
                             .value(QStringLiteral("text"))
                             .toString();
    EXPECT_TRUE(text.contains(QStringLiteral("We need \"proper\" training"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("Too many systems, honestly")));

    const QJsonArray surveys = cli.runJson(args({"surveys", "p.tessera"})).json().array();
    ASSERT_EQ(surveys.size(), 1);
    const QJsonObject survey = surveys.at(0).toObject();
    EXPECT_EQ(str(survey.value(QStringLiteral("source"))), QStringLiteral("survey.csv"));
    EXPECT_EQ(survey.value(QStringLiteral("respondents")).toInt(), 4);
    const QJsonArray questions = survey.value(QStringLiteral("questions")).toArray();
    ASSERT_EQ(questions.size(), 4);
    EXPECT_EQ(questions.at(3).toObject(),
              (QJsonObject{{QStringLiteral("question"), QStringLiteral("Comments")},
                           {QStringLiteral("kind"), QStringLiteral("open")},
                           {QStringLiteral("multi_select"), false},
                           {QStringLiteral("document"), QStringLiteral("survey: Comments")}}));
    EXPECT_TRUE(questions.at(0).toObject().value(QStringLiteral("document")).isNull());

    const CliResult summary = cli.runJson(args({"survey-summary", "p.tessera"}));
    ASSERT_EQ(summary.exitCode, 0) << qPrintable(summary.err);
    const QJsonObject s = summary.json().object();
    EXPECT_EQ(str(s.value(QStringLiteral("survey"))), QStringLiteral("survey"));
    EXPECT_EQ(s.value(QStringLiteral("respondents")).toInt(), 4);
    const QJsonArray summarised = s.value(QStringLiteral("questions")).toArray();
    ASSERT_EQ(summarised.size(), 3);
    const QJsonObject confident = summarised.at(1).toObject();
    EXPECT_EQ(str(confident.value(QStringLiteral("question"))), QStringLiteral("Confident"));
    EXPECT_EQ(confident.value(QStringLiteral("answered")).toInt(), 3); // the blank is not in N
    EXPECT_EQ(labels(confident),
              (QStringList{QStringLiteral("Yes 2/3 (66.7%)"), QStringLiteral("No 1/3 (33.3%)")}));
    const QJsonObject yes =
        confident.value(QStringLiteral("categories")).toArray().at(0).toObject();
    EXPECT_EQ(yes.value(QStringLiteral("n")).toInt(), 2);
    EXPECT_DOUBLE_EQ(yes.value(QStringLiteral("percent")).toDouble(), 66.7);
    const QJsonObject tools = summarised.at(2).toObject();
    EXPECT_TRUE(tools.value(QStringLiteral("multi_select")).toBool());
    EXPECT_EQ(tools.value(QStringLiteral("answered")).toInt(), 4);
    EXPECT_EQ(labels(tools),
              (QStringList{QStringLiteral("Email 3/4 (75.0%)"), QStringLiteral("Video 2/4 (50.0%)"),
                           QStringLiteral("Phone 1/4 (25.0%)")}));

    const QJsonObject one = cli.runJson(args({"survey-summary", "p.tessera", "--survey", "survey",
                                              "--questions", "Tools, used"}))
                                .json()
                                .object();
    ASSERT_EQ(one.value(QStringLiteral("questions")).toArray().size(), 1);
    EXPECT_EQ(str(one.value(QStringLiteral("questions"))
                      .toArray()
                      .at(0)
                      .toObject()
                      .value(QStringLiteral("question"))),
              QStringLiteral("Tools, used"));

    const CliResult human = cli.run(args({"survey-summary", "p.tessera"}));
    EXPECT_TRUE(human.out.contains(QStringLiteral("Confident (N = 3)"))) << qPrintable(human.out);
    EXPECT_TRUE(human.out.contains(QStringLiteral("2/3 (66.7%)")));

    // The same name twice is refused.
    EXPECT_EQ(importSurvey().exitCode, 1);
    EXPECT_EQ(count("surveys"), 1);
    EXPECT_EQ(cli.run(args({"survey-summary", "p.tessera", "--survey", "nope"})).exitCode, 1);
}

TEST_F(CliSurvey, summaryWrittenAsReportFiles)
{
    ASSERT_EQ(importSurvey().exitCode, 0);
    for (const char* format : {"md", "csv", "docx"}) {
        const QString file = cli.path(QStringLiteral("summary.") + QString::fromUtf8(format));
        const CliResult r = cli.runJson({QStringLiteral("survey-summary"),
                                         QStringLiteral("p.tessera"), QStringLiteral("--format"),
                                         QString::fromUtf8(format), QStringLiteral("-o"), file});
        ASSERT_EQ(r.exitCode, 0) << format << ": " << qPrintable(r.err);
        EXPECT_EQ(str(r.json().object().value(QStringLiteral("file"))), file);
        EXPECT_EQ(str(r.json().object().value(QStringLiteral("format"))),
                  QString::fromUtf8(format));
        const QByteArray bytes = readFileBytes(file);
        EXPECT_EQ(qint64(r.json().object().value(QStringLiteral("bytes")).toDouble()),
                  bytes.size());
        if (QByteArrayView(format) == "docx") {
            EXPECT_TRUE(bytes.startsWith("PK")) << "a DOCX is a zip package";
        } else {
            EXPECT_TRUE(QString::fromUtf8(bytes).contains(QStringLiteral("2/3 (66.7%)"))) << format;
            EXPECT_TRUE(QString::fromUtf8(bytes).contains(QStringLiteral("Tools, used"))) << format;
        }
    }
    EXPECT_EQ(cli.run(args({"survey-summary", "p.tessera", "--format", "md"})).exitCode, 2);
    EXPECT_EQ(
        cli.run(args({"survey-summary", "p.tessera", "--format", "xls", "-o", "x.xls"})).exitCode,
        2);
}

TEST_F(CliSurvey, matrixCountsParticipantsAndDrillsDown)
{
    buildMixedStudy();
    const CliResult r = cli.runJson(
        args({"matrix", "p.tessera", "--rows", "codes", "--columns", "Role", "--docs", "fg1,fg2"}));
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    const QJsonObject m = r.json().object();
    EXPECT_EQ(str(m.value(QStringLiteral("rows_kind"))), QStringLiteral("codes"));
    EXPECT_EQ(str(m.value(QStringLiteral("attribute"))), QStringLiteral("Role"));
    EXPECT_EQ(m.value(QStringLiteral("columns")).toArray(),
              (QJsonArray{QStringLiteral("Social worker"), QStringLiteral("Family support")}));
    EXPECT_EQ(m.value(QStringLiteral("column_participants")).toArray(), (QJsonArray{1, 2}));
    EXPECT_EQ(m.value(QStringLiteral("total_participants")).toInt(), 3);
    EXPECT_EQ(m.value(QStringLiteral("unlinked_speakers")).toInt(), 0);
    const QJsonArray rows = m.value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(0).toObject(),
              (QJsonObject{{QStringLiteral("name"), QStringLiteral("Waiting")},
                           {QStringLiteral("path"), QStringLiteral("Waiting")},
                           {QStringLiteral("depth"), 0},
                           {QStringLiteral("counts"), QJsonArray{1, 0}},
                           {QStringLiteral("total"), 1}}));
    EXPECT_EQ(rows.at(1).toObject().value(QStringLiteral("counts")).toArray(), (QJsonArray{1, 1}));
    EXPECT_EQ(rows.at(1).toObject().value(QStringLiteral("total")).toInt(), 2);

    const CliResult cell = cli.runJson(args({"matrix", "p.tessera", "--columns", "Role", "--docs",
                                             "fg1,fg2", "--cell", "Paperwork=Family support"}));
    ASSERT_EQ(cell.exitCode, 0) << qPrintable(cell.err);
    const QJsonArray excerpts = cell.json().array();
    ASSERT_EQ(excerpts.size(), 1);
    const QJsonObject excerpt = excerpts.at(0).toObject();
    EXPECT_EQ(str(excerpt.value(QStringLiteral("document"))), QStringLiteral("fg2"));
    EXPECT_EQ(str(excerpt.value(QStringLiteral("code"))), QStringLiteral("Paperwork"));
    EXPECT_EQ(str(excerpt.value(QStringLiteral("speaker"))), QStringLiteral("FG2 P2"));
    EXPECT_EQ(str(excerpt.value(QStringLiteral("text"))), QStringLiteral("Paperwork again"));

    const CliResult total = cli.runJson(args({"matrix", "p.tessera", "--columns", "Role", "--docs",
                                              "fg1,fg2", "--cell", "Paperwork=Total"}));
    EXPECT_EQ(total.json().array().size(), 2) << qPrintable(total.err);

    const CliResult badCell =
        cli.run(args({"matrix", "p.tessera", "--columns", "Role", "--cell", "Paperwork=Managers"}));
    EXPECT_EQ(badCell.exitCode, 1);
    EXPECT_TRUE(badCell.err.contains(QStringLiteral("Social worker, Family support")))
        << qPrintable(badCell.err);
    EXPECT_EQ(cli.run(args({"matrix", "p.tessera", "--columns", "Team"})).exitCode, 1);
    EXPECT_EQ(cli.run(args({"matrix", "p.tessera"})).exitCode, 2);
    EXPECT_EQ(
        cli.run(args({"matrix", "p.tessera", "--columns", "Role", "--rows", "people"})).exitCode,
        2);

    const CliResult human =
        cli.run(args({"matrix", "p.tessera", "--columns", "Role", "--docs", "fg1,fg2"}));
    EXPECT_TRUE(human.out.contains(QStringLiteral("Social worker"))) << qPrintable(human.out);
    EXPECT_TRUE(human.out.contains(QStringLiteral("Participants")));

    const QString csv = cli.path(QStringLiteral("matrix.csv"));
    const CliResult file =
        cli.run({QStringLiteral("matrix"), QStringLiteral("p.tessera"), QStringLiteral("--columns"),
                 QStringLiteral("Role"), QStringLiteral("--docs"), QStringLiteral("fg1,fg2"),
                 QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), csv});
    ASSERT_EQ(file.exitCode, 0) << qPrintable(file.err);
    const QString content = QString::fromUtf8(readFileBytes(csv));
    EXPECT_TRUE(content.contains(QStringLiteral("Paperwork"))) << qPrintable(content);
    EXPECT_TRUE(content.contains(QStringLiteral("Family support")));
}

TEST_F(CliSurvey, jointDisplayPutsThemesAndSurveyItemsSideBySide)
{
    buildMixedStudy();
    const CliResult r =
        cli.runJson(args({"joint-display", "p.tessera", "--columns", "Role", "--docs", "fg1,fg2",
                          "--item", "Confident=Yes", "--item", "Tools, used=Email"}));
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    const QJsonObject d = r.json().object();
    EXPECT_EQ(str(d.value(QStringLiteral("attribute"))), QStringLiteral("Role"));
    EXPECT_EQ(d.value(QStringLiteral("columns")).toArray(),
              (QJsonArray{QStringLiteral("Social worker"), QStringLiteral("Family support"),
                          QStringLiteral("All")}));
    const QJsonArray rows = d.value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(rows.size(), 3);
    const auto cellLabels = [](const QJsonObject& row) {
        QStringList result;
        for (const QJsonValue& c : row.value(QStringLiteral("cells")).toArray()) {
            result << str(c.toObject().value(QStringLiteral("label")));
        }
        return result;
    };
    const QJsonObject theme = rows.at(0).toObject();
    EXPECT_EQ(str(theme.value(QStringLiteral("kind"))), QStringLiteral("theme"));
    EXPECT_EQ(str(theme.value(QStringLiteral("name"))), QStringLiteral("Pressures"));
    EXPECT_EQ(cellLabels(theme),
              (QStringList{QStringLiteral("1/1 (100.0%)"), QStringLiteral("1/2 (50.0%)"),
                           QStringLiteral("2/3 (66.7%)")}));
    const QJsonObject confident = rows.at(1).toObject();
    EXPECT_EQ(str(confident.value(QStringLiteral("kind"))), QStringLiteral("survey"));
    EXPECT_EQ(cellLabels(confident),
              (QStringList{QStringLiteral("2/2 (100.0%)"), QStringLiteral("0/1 (0.0%)"),
                           QStringLiteral("2/3 (66.7%)")}));
    const QJsonObject all = confident.value(QStringLiteral("cells")).toArray().at(2).toObject();
    EXPECT_EQ(all.value(QStringLiteral("n")).toInt(), 2);
    EXPECT_EQ(all.value(QStringLiteral("total")).toInt(), 3);
    EXPECT_EQ(cellLabels(rows.at(2).toObject()).last(), QStringLiteral("3/4 (75.0%)"));

    const CliResult badItem =
        cli.run(args({"joint-display", "p.tessera", "--columns", "Role", "--item", "Happy=Yes"}));
    EXPECT_EQ(badItem.exitCode, 1);
    EXPECT_TRUE(badItem.err.contains(QStringLiteral("Confident"))) << qPrintable(badItem.err);
    EXPECT_EQ(
        cli.run(args({"joint-display", "p.tessera", "--columns", "Role", "--item", "Confident"}))
            .exitCode,
        2);

    const QString md = cli.path(QStringLiteral("joint.md"));
    const CliResult file = cli.run(
        {QStringLiteral("joint-display"), QStringLiteral("p.tessera"), QStringLiteral("--columns"),
         QStringLiteral("Role"), QStringLiteral("--docs"), QStringLiteral("fg1,fg2"),
         QStringLiteral("--item"), QStringLiteral("Confident=Yes"), QStringLiteral("--format"),
         QStringLiteral("md"), QStringLiteral("-o"), md});
    ASSERT_EQ(file.exitCode, 0) << qPrintable(file.err);
    const QString content = QString::fromUtf8(readFileBytes(md));
    EXPECT_TRUE(content.contains(QStringLiteral("Pressures"))) << qPrintable(content);
    EXPECT_TRUE(content.contains(QStringLiteral("2/3 (66.7%)")));
}

TEST_F(CliSurvey, sampleStudyReproducesThePublishedFigures)
{
    ASSERT_EQ(cli.run(args({"sample", "s.tessera"})).exitCode, 0);
    const CliResult r = cli.runJson(args({"survey-summary", "s.tessera"}));
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    const QJsonObject summary = r.json().object();
    EXPECT_EQ(summary.value(QStringLiteral("respondents")).toInt(), 102);
    QStringList all;
    for (const QJsonValue& q : summary.value(QStringLiteral("questions")).toArray()) {
        for (const QJsonValue& c : q.toObject().value(QStringLiteral("categories")).toArray()) {
            all << str(c.toObject().value(QStringLiteral("label")));
        }
    }
    // The paper's figures; 54/102 and 70/102 each appear twice.
    const QStringList published{QStringLiteral("54/102 (52.9%)"), QStringLiteral("46/102 (45.1%)"),
                                QStringLiteral("93/102 (91.2%)"), QStringLiteral("74/102 (72.5%)"),
                                QStringLiteral("70/102 (68.6%)"), QStringLiteral("54/102 (52.9%)"),
                                QStringLiteral("70/102 (68.6%)")};
    for (const QString& label : published) {
        EXPECT_GE(all.count(label), published.count(label)) << qPrintable(label);
    }
}

// Theme rows of a joint display cover the 14 focus-group participants; the 25 respondents who
// answered the open question join them only with --include-survey-answers.
TEST_F(CliSurvey, sampleJointDisplayKeepsSurveyAnswersOutOfThemeRowsByDefault)
{
    ASSERT_EQ(cli.run(args({"sample", "s.tessera"})).exitCode, 0);
    const auto firstThemeAll = [&](QStringList extra) {
        const CliResult r =
            cli.runJson(args({"joint-display", "s.tessera", "--columns", "Role", "--item",
                              "Felt confident delivering support digitally=Yes"}) +
                        extra);
        EXPECT_EQ(r.exitCode, 0) << qPrintable(r.err);
        const QJsonArray rows = r.json().object().value(QStringLiteral("rows")).toArray();
        const QJsonArray cells = rows.first().toObject().value(QStringLiteral("cells")).toArray();
        const QJsonArray survey = rows.last().toObject().value(QStringLiteral("cells")).toArray();
        EXPECT_EQ(str(survey.last().toObject().value(QStringLiteral("label"))),
                  QStringLiteral("54/102 (52.9%)"));
        return cells.last().toObject().value(QStringLiteral("total")).toInt();
    };
    EXPECT_EQ(firstThemeAll({}), 14);
    EXPECT_EQ(firstThemeAll({QStringLiteral("--include-survey-answers")}), 14 + 25);
}
