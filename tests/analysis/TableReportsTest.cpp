#include "analysis/TableReports.h"

#include "common/Environment.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera {
namespace {

class TableReportsTest : public ::testing::Test {
protected:
    void SetUp() override { Environment::useDeterministicSeams(); }
    void TearDown() override { Environment::resetSeams(); }
};

TEST_F(TableReportsTest, SurveySummaryHasOneTablePerQuestion)
{
    SurveySummary summary;
    summary.survey = u"Practitioner survey"_s;
    summary.respondents = 102;
    summary.questions << summariseQuestion(u"Confident"_s,
                                           QStringList(54, u"Yes"_s) + QStringList(48, u"No"_s),
                                           false, {u"Yes"_s, u"No"_s, u"Unsure"_s});
    summary.questions << summariseQuestion(u"Tools"_s, {u"Video;Phone"_s, u"Phone"_s, u""_s}, true);
    const TableReport report = surveySummaryReport(u"Staying connected"_s, summary);
    EXPECT_EQ(report.title, u"Staying connected"_s);
    EXPECT_EQ(report.subject, u"Survey summary"_s);
    EXPECT_EQ(report.generatedAt, QDateTime(QDate(2024, 1, 1), QTime(9, 0), Qt::UTC));
    EXPECT_EQ(report.intro,
              QStringList{u"Survey “Practitioner survey”: 102 respondents; 2 closed questions."_s});
    ASSERT_EQ(report.tables.size(), 2);

    const ReportTable& confident = report.tables[0];
    EXPECT_EQ(confident.caption, u"Table 1. Confident (N = 102)"_s);
    EXPECT_EQ(confident.header, (QStringList{u"Category"_s, u"n"_s, u"N"_s, u"%"_s, u"n/N (%)"_s}));
    ASSERT_EQ(confident.rows.size(), 3);
    EXPECT_EQ(confident.rows[0],
              (QStringList{u"Yes"_s, u"54"_s, u"102"_s, u"52.9"_s, u"54/102 (52.9%)"_s}));
    EXPECT_EQ(confident.rows[1],
              (QStringList{u"No"_s, u"48"_s, u"102"_s, u"47.1"_s, u"48/102 (47.1%)"_s}));
    EXPECT_EQ(confident.rows[2],
              (QStringList{u"Unsure"_s, u"0"_s, u"102"_s, u"0.0"_s, u"0/102 (0.0%)"_s}));
    EXPECT_EQ(confident.note,
              u"N counts respondents who answered; blank answers are not counted."_s);

    const ReportTable& tools = report.tables[1];
    EXPECT_EQ(tools.caption, u"Table 2. Tools (N = 2)"_s);
    EXPECT_EQ(tools.rows[0],
              (QStringList{u"Phone"_s, u"2"_s, u"2"_s, u"100.0"_s, u"2/2 (100.0%)"_s}));
    EXPECT_TRUE(tools.note.endsWith(u"Respondents could choose several options; percentages may "
                                    u"add up to more than 100."_s));
}

TEST_F(TableReportsTest, QuestionNobodyAnsweredShowsADash)
{
    SurveySummary summary;
    summary.survey = u"S"_s;
    summary.respondents = 1;
    summary.questions << summariseQuestion(u"Q"_s, {u""_s}, false, {u"Yes"_s});
    const TableReport report = surveySummaryReport(u"P"_s, summary);
    EXPECT_EQ(report.intro, QStringList{u"Survey “S”: 1 respondent; 1 closed question."_s});
    EXPECT_EQ(report.tables[0].rows[0],
              (QStringList{u"Yes"_s, u"0"_s, u"0"_s, u"–"_s, u"0/0 (–)"_s}));
}

TEST_F(TableReportsTest, JointDisplayIndentsThemeRowsAndExplainsBothKinds)
{
    JointDisplay display;
    display.attribute = u"Role"_s;
    display.columns = {u"Social worker"_s, u"Family support"_s, u"All"_s};
    display.rows << JointRow{
        JointRow::Kind::Qualitative,
        u"Theme A"_s,
        0,
        {{4, 6, u"4/6 (66.7%)"_s}, {2, 5, u"2/5 (40.0%)"_s}, {6, 11, u"6/11 (54.5%)"_s}}};
    display.rows << JointRow{JointRow::Kind::Qualitative,
                             u"Theme A/Sub"_s,
                             1,
                             {{0, 0, u"–"_s}, {1, 5, u"1/5 (20.0%)"_s}, {1, 11, u"1/11 (9.1%)"_s}}};
    display.rows << JointRow{JointRow::Kind::Survey,
                             u"Confident = Yes"_s,
                             0,
                             {{20, 35, u"20/35 (57.1%)"_s},
                              {12, 30, u"12/30 (40.0%)"_s},
                              {54, 102, u"54/102 (52.9%)"_s}}};
    const TableReport report = jointDisplayReport(u"P"_s, display);
    EXPECT_EQ(report.subject, u"Joint display"_s);
    ASSERT_EQ(report.tables.size(), 1);
    const ReportTable& table = report.tables[0];
    EXPECT_EQ(table.caption, u"Table 1. Joint display by Role"_s);
    EXPECT_EQ(table.header, (QStringList{u"Theme, code or survey answer"_s, u"Social worker"_s,
                                         u"Family support"_s, u"All"_s}));
    EXPECT_EQ(table.rows[1],
              (QStringList{u"Theme A/Sub"_s, u"–"_s, u"1/5 (20.0%)"_s, u"1/11 (9.1%)"_s}));
    EXPECT_EQ(table.rows[2], (QStringList{u"Confident = Yes"_s, u"20/35 (57.1%)"_s,
                                          u"12/30 (40.0%)"_s, u"54/102 (52.9%)"_s}));
    EXPECT_EQ(table.rowDepths, (QList<int>{0, 1, 0}));
    EXPECT_TRUE(table.note.contains(u"Survey rows: respondents"_s));

    display.rows.removeLast();
    const ReportTable qualitative = jointDisplayReport(u"P"_s, display).tables[0];
    EXPECT_EQ(qualitative.header[0], u"Theme or code"_s);
    EXPECT_FALSE(qualitative.note.contains(u"Survey rows"_s));
}

TEST_F(TableReportsTest, AttributeMatrixEndsWithParticipantsPerColumn)
{
    AttributeMatrix matrix;
    matrix.attribute = u"Role"_s;
    matrix.rows = MatrixRows::Codes;
    matrix.columns = {u"Social worker"_s, u"(not set)"_s};
    matrix.columnParticipants = {2, 1};
    matrix.totalParticipants = 3;
    matrix.unlinkedSpeakers = 2;
    matrix.matrixRows << MatrixRow{1, u"Access"_s, u"Access"_s, 0, {{1, {}}, {0, {}}}, {1, {}}};
    matrix.matrixRows << MatrixRow{2, u"Devices"_s,       u"Access/Devices"_s,
                                   1, {{2, {}}, {1, {}}}, {3, {}}};
    const TableReport report = attributeMatrixReport(u"P"_s, matrix);
    EXPECT_EQ(report.subject, u"Code × attribute matrix"_s);
    const ReportTable& table = report.tables[0];
    EXPECT_EQ(table.caption, u"Table 1. Codes by Role (participants)"_s);
    EXPECT_EQ(table.header,
              (QStringList{u"Code"_s, u"Social worker"_s, u"(not set)"_s, u"Total"_s}));
    EXPECT_EQ(table.rows, (QList<QStringList>{{u"Access"_s, u"1"_s, u"0"_s, u"1"_s},
                                              {u"Access/Devices"_s, u"2"_s, u"1"_s, u"3"_s},
                                              {u"Participants"_s, u"2"_s, u"1"_s, u"3"_s}}));
    EXPECT_EQ(table.rowDepths, (QList<int>{0, 1, 0}));
    EXPECT_TRUE(table.note.contains(u"2 speakers with coded words who are not linked"_s))
        << table.note.toStdString();

    matrix.rows = MatrixRows::Themes;
    matrix.unlinkedSpeakers = 0;
    const ReportTable themes = attributeMatrixReport(u"P"_s, matrix).tables[0];
    EXPECT_EQ(themes.header[0], u"Theme"_s);
    EXPECT_EQ(themes.caption, u"Table 1. Themes by Role (participants)"_s);
    EXPECT_FALSE(themes.note.contains(u"linked"_s));
}

} // namespace
} // namespace tessera
