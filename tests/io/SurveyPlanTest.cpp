#include "survey/SurveyPlan.h"

#include "ImportTestSupport.h"
#include "io/DataTable.h"
#include "support/TestPaths.h"

#include <gtest/gtest.h>

#include <functional>

using namespace Qt::StringLiterals;

namespace tessera {
namespace {

// A table as the readers produce it: rows padded, lines counted from 2 (after the header).
DataTable table(const QStringList& header, const QList<QStringList>& rows,
                const QString& sourceName = u"survey.csv"_s)
{
    DataTable data;
    data.header = header;
    data.sourceName = sourceName;
    int line = 2;
    for (QStringList row : rows) {
        row.resize(header.size());
        data.rows << row;
        data.sourceLines << line++;
    }
    return data;
}

// n rows, each made by cells(i) for i = 0..n-1.
DataTable generated(const QStringList& header, int n, const std::function<QStringList(int)>& cells)
{
    QList<QStringList> rows;
    for (int i = 0; i < n; ++i) {
        rows << cells(i);
    }
    return table(header, rows);
}

SurveyPlan planOrFail(const DataTable& data, const SurveyPlanOptions& options = {})
{
    auto plan = planSurvey(data, options);
    if (!plan) {
        ADD_FAILURE() << plan.error().message.toStdString();
        return {};
    }
    EXPECT_EQ(plan->respondentIds.size(), data.rows.size());
    return *plan;
}

Error planError(const DataTable& data, const SurveyPlanOptions& options = {})
{
    auto plan = planSurvey(data, options);
    if (plan) {
        ADD_FAILURE() << "expected an error";
        return {};
    }
    EXPECT_EQ(plan.error().code, ErrorCode::InvalidInput);
    return plan.error();
}

const SurveyColumnPlan* question(const SurveyPlan& plan, const QString& name)
{
    for (const SurveyColumnPlan& q : plan.questions) {
        if (q.name == name) {
            return &q;
        }
    }
    ADD_FAILURE() << "no question " << name.toStdString();
    return nullptr;
}

const QStringList kLikert = {u"Strongly disagree"_s, u"Disagree"_s, u"Neither agree nor disagree"_s,
                             u"Agree"_s, u"Strongly agree"_s};

QString sentence(int i)
{
    return u"Answer number %1 explains at some length why things are the way they are here."_s.arg(
        i);
}

TEST(SurveyPlan, RealisticSurveyFixture)
{
    const auto data = readCsv(test::readFileBytes(test::testsPath(u"data/surveys/survey.csv"_s)),
                              u"survey.csv"_s);
    ASSERT_TRUE(data.ok());
    const SurveyPlan plan = planOrFail(*data);
    EXPECT_EQ(plan.idColumn, 0);
    EXPECT_EQ(plan.respondentIds.first(), u"P001"_s);
    EXPECT_EQ(plan.respondentIds.last(), u"P020"_s);
    EXPECT_TRUE(plan.warnings.isEmpty()) << plan.warnings.join(u'\n').toStdString();

    QStringList summary;
    for (const SurveyColumnPlan& q : plan.questions) {
        summary << u"%1 %2 %3%4: %5"_s.arg(q.column).arg(
            q.name, questionKindName(q.kind), q.multiSelect ? u" multi"_s : QString(), q.reason);
    }
    EXPECT_EQ(
        summary,
        (QStringList{u"1 Role closed: 4 distinct short answers"_s,
                     u"2 Years in role closed: numbers (18 distinct values)"_s,
                     u"3 Do you feel supported by your team? closed: 2 distinct short answers"_s,
                     u"4 My workload is manageable closed: 5 distinct short answers"_s,
                     u"5 Which supports have you used? closed multi: multi-select: 4 options "
                     "separated by ';'"_s,
                     u"6 What would most improve your practice? open: long free text (answers up "
                     "to 111 characters)"_s,
                     u"7 Any other comments? open: free text (3 different answers out of 3)"_s}))
        << summary.join(u'\n').toStdString();
}

TEST(SurveyPlan, IdColumnIsDetectedByNameAndUniqueValues)
{
    for (const QString& name : {u"ID"_s, u" Response ID "_s, u"responseid"_s, u"Participant"_s,
                                u"respondent_id"_s, u"Pseudonym"_s}) {
        const DataTable data = table({u"Consent"_s, name, u"Q1"_s},
                                     {{u"Yes"_s, u"a7"_s, u"x"_s}, {u"Yes"_s, u"b2 "_s, u"y"_s}});
        const SurveyPlan plan = planOrFail(data);
        EXPECT_EQ(plan.idColumn, 1) << name.toStdString();
        EXPECT_EQ(plan.respondentIds, (QStringList{u"a7"_s, u"b2"_s})); // trimmed
        ASSERT_EQ(plan.questions.size(), 2);
        EXPECT_EQ(plan.questions[1].column, 2);
    }
    // "Identity" or "Paid" are not id columns.
    const SurveyPlan none =
        planOrFail(table({u"Identity"_s, u"Q1"_s}, {{u"a"_s, u"x"_s}, {u"b"_s, u"y"_s}}));
    EXPECT_EQ(none.idColumn, -1);
}

TEST(SurveyPlan, WithoutAnIdColumnRespondentsAreNumbered)
{
    const SurveyPlan small = planOrFail(
        generated({u"Q1"_s}, 3, [](int i) { return QStringList{i % 2 ? u"Yes"_s : u"No"_s}; }));
    EXPECT_EQ(small.idColumn, -1);
    EXPECT_EQ(small.respondentIds, (QStringList{u"R001"_s, u"R002"_s, u"R003"_s}));
    ASSERT_EQ(small.warnings.size(), 1);
    EXPECT_TRUE(small.warnings[0].contains(u"numbered R001 to R003"_s));
    EXPECT_TRUE(small.warnings[0].contains(u"--id-column"_s));

    const SurveyPlan large = planOrFail(
        generated({u"Q1"_s}, 1200, [](int i) { return QStringList{QString::number(i % 5)}; }));
    EXPECT_EQ(large.respondentIds.first(), u"R0001"_s);
    EXPECT_EQ(large.respondentIds.last(), u"R1200"_s);
}

TEST(SurveyPlan, IdLikeColumnWithRepeatsOrBlanksIsNotUsedAndSaysWhy)
{
    const DataTable data =
        table({u"ID"_s, u"Q1"_s},
              {{u"7"_s, u"Yes"_s}, {u"8"_s, u"No"_s}, {u"7"_s, u"Yes"_s}, {u""_s, u"No"_s}});
    const SurveyPlan plan = planOrFail(data);
    EXPECT_EQ(plan.idColumn, -1);
    EXPECT_EQ(plan.respondentIds.first(), u"R001"_s);
    ASSERT_EQ(plan.warnings.size(), 1);
    const QString warning = plan.warnings[0];
    EXPECT_TRUE(warning.contains(u"'ID' looks like an id column"_s)) << warning.toStdString();
    EXPECT_TRUE(warning.contains(u"row 3 (line 4) repeats the id '7' of row 1 (line 2)"_s));
    EXPECT_TRUE(warning.contains(u"row 4 (line 5) has no id"_s));
    // The column is then an ordinary question.
    EXPECT_EQ(plan.questions.first().name, u"ID"_s);
}

TEST(SurveyPlan, ExplicitIdColumnMustBeCompleteAndUnique)
{
    const DataTable data =
        table({u"Name"_s, u"Q1"_s}, {{u"Ann"_s, u"Yes"_s}, {u"Bo"_s, u"No"_s}, {u" "_s, u"Yes"_s}},
              u"answers.xlsx"_s);
    SurveyPlanOptions options;
    options.idColumn = u"name"_s;
    const Error error = planError(data, options);
    EXPECT_TRUE(error.message.contains(u"the id column 'Name'"_s)) << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(u"row 3 (sheet row 4) has no id"_s));
    EXPECT_TRUE(error.message.contains(u"'answers.xlsx'"_s));

    options.idColumn = u"Q1"_s;
    EXPECT_TRUE(planError(data, options).message.contains(u"repeats the id 'Yes'"_s));

    const DataTable good = table({u"Name"_s, u"Q1"_s}, {{u"Ann"_s, u"Yes"_s}, {u"Bo"_s, u"No"_s}});
    options.idColumn = u" NAME "_s;
    const SurveyPlan plan = planOrFail(good, options);
    EXPECT_EQ(plan.idColumn, 0);
    EXPECT_EQ(plan.respondentIds, (QStringList{u"Ann"_s, u"Bo"_s}));
    EXPECT_TRUE(plan.warnings.isEmpty());
}

TEST(SurveyPlan, ClosedQuestionsHaveFewShortRepeatedAnswers)
{
    const DataTable data = generated(
        {u"ID"_s, u"Yes/No"_s, u"Likert"_s, u"Country"_s, u"Long options"_s}, 100, [](int i) {
            return QStringList{
                QString::number(i), i % 3 ? u"Yes"_s : u"No"_s, kLikert[i % 5],
                u"Country %1"_s.arg(i % 40),
                u"A fairly long option label that goes on and on and on and on, #%1"_s.arg(i % 3)};
        });
    const SurveyPlan plan = planOrFail(data);
    EXPECT_EQ(question(plan, u"Yes/No"_s)->kind, QuestionKind::Closed);
    EXPECT_EQ(question(plan, u"Likert"_s)->kind, QuestionKind::Closed);
    // 40 distinct values are many, but they repeat: at most half of the answers are distinct.
    EXPECT_EQ(question(plan, u"Country"_s)->kind, QuestionKind::Closed);
    EXPECT_EQ(question(plan, u"Country"_s)->reason, u"40 distinct short answers"_s);
    // Longer than 60 characters: text, however repetitive.
    EXPECT_EQ(question(plan, u"Long options"_s)->kind, QuestionKind::Open);
}

TEST(SurveyPlan, FreeTextIsOpenEvenWhenShortOrInSmallSurveys)
{
    // "If other, please specify": few answers, all different.
    const DataTable data = table({u"Role"_s, u"Other role"_s, u"Why?"_s},
                                 {{u"Nurse"_s, u""_s, sentence(1)},
                                  {u"Nurse"_s, u"Play therapist"_s, sentence(2)},
                                  {u"Other"_s, u"Court liaison"_s, u"Short"_s},
                                  {u"Nurse"_s, u"Interpreter"_s, sentence(4)}});
    const SurveyPlan plan = planOrFail(data);
    EXPECT_EQ(question(plan, u"Role"_s)->kind, QuestionKind::Closed);
    EXPECT_EQ(question(plan, u"Other role"_s)->kind, QuestionKind::Open);
    EXPECT_EQ(question(plan, u"Other role"_s)->reason,
              u"free text (3 different answers out of 3)"_s);
    EXPECT_EQ(question(plan, u"Why?"_s)->kind, QuestionKind::Open);
    EXPECT_TRUE(question(plan, u"Why?"_s)->reason.startsWith(u"long free text"_s));
}

TEST(SurveyPlan, MultiSelectCellsAreClosedButSemicolonsInProseAreNot)
{
    const QStringList services = {u"Housing"_s, u"Benefits advice"_s, u"Counselling"_s,
                                  u"Youth club"_s};
    const DataTable data = generated({u"Services"_s, u"Prose"_s}, 30, [&](int i) {
        return QStringList{services[i % 4] + u";"_s + services[(i + 1) % 4] + u";"_s,
                           u"Item %1; then item %2 happened"_s.arg(i).arg(i + 100)};
    });
    const SurveyPlan plan = planOrFail(data);
    const SurveyColumnPlan* multi = question(plan, u"Services"_s);
    EXPECT_EQ(multi->kind, QuestionKind::Closed);
    EXPECT_TRUE(multi->multiSelect);
    EXPECT_EQ(multi->reason, u"multi-select: 4 options separated by ';'"_s);
    const SurveyColumnPlan* prose = question(plan, u"Prose"_s);
    EXPECT_EQ(prose->kind, QuestionKind::Open);
    EXPECT_FALSE(prose->multiSelect);
}

TEST(SurveyPlan, NumericColumnsAreClosedWhateverTheirSpread)
{
    const DataTable data = generated({u"Age"_s, u"Score"_s}, 50, [](int i) {
        return QStringList{QString::number(18 + i), i == 7 ? QString() : u"%1.5"_s.arg(i)};
    });
    const SurveyPlan plan = planOrFail(data);
    EXPECT_EQ(question(plan, u"Age"_s)->kind, QuestionKind::Closed);
    EXPECT_EQ(question(plan, u"Age"_s)->reason, u"numbers (50 distinct values)"_s);
    EXPECT_EQ(question(plan, u"Score"_s)->reason, u"numbers (49 distinct values)"_s);
}

TEST(SurveyPlan, ColumnsWithoutAnswersAreLeftOutWithAWarning)
{
    const DataTable data = table({u"Q1"_s, u"Unused"_s, u"Q3"_s},
                                 {{u"Yes"_s, u" "_s, u"a"_s}, {u"No"_s, u""_s, u"b"_s}});
    const SurveyPlan plan = planOrFail(data);
    ASSERT_EQ(plan.questions.size(), 2);
    EXPECT_EQ(plan.questions[1].name, u"Q3"_s);
    ASSERT_EQ(plan.warnings.size(), 2); // no id column, and the empty column
    EXPECT_TRUE(plan.warnings[1].contains(u"'Unused'"_s));
    EXPECT_TRUE(plan.warnings[1].contains(u"no answers"_s));

    SurveyPlanOptions keep;
    keep.open = {u"unused"_s};
    const SurveyPlan kept = planOrFail(data, keep);
    ASSERT_EQ(kept.questions.size(), 3);
    EXPECT_EQ(kept.questions[1].kind, QuestionKind::Open);
}

TEST(SurveyPlan, OverridesWinAndMatchNamesIgnoringCaseAndSpaces)
{
    const DataTable data =
        generated({u"ID"_s, u"Role"_s, u"Comment"_s, u"Internal"_s}, 20, [](int i) {
            return QStringList{QString::number(i), i % 2 ? u"Nurse"_s : u"Social worker"_s,
                               sentence(i), u"x"_s};
        });
    SurveyPlanOptions options;
    options.closed = {u"  comment"_s};
    options.open = {u"ROLE "_s};
    options.ignored = {u"internal"_s};
    const SurveyPlan plan = planOrFail(data, options);
    ASSERT_EQ(plan.questions.size(), 2);
    EXPECT_EQ(plan.questions[0].name, u"Role"_s);
    EXPECT_EQ(plan.questions[0].kind, QuestionKind::Open);
    EXPECT_EQ(plan.questions[0].reason, u"--open"_s);
    EXPECT_EQ(plan.questions[1].name, u"Comment"_s);
    EXPECT_EQ(plan.questions[1].kind, QuestionKind::Closed);
    EXPECT_EQ(plan.questions[1].reason, u"--closed"_s);

    // Ignoring the id-like column (or naming it as a question) means respondents are numbered.
    options = {};
    options.ignored = {u"id"_s};
    const SurveyPlan ignoredId = planOrFail(data, options);
    EXPECT_EQ(ignoredId.idColumn, -1);
    EXPECT_EQ(ignoredId.questions.size(), 3);
}

TEST(SurveyPlan, OverrideErrorsNameTheProblem)
{
    const DataTable data = table({u"ID"_s, u"Role"_s, u"Comment"_s},
                                 {{u"1"_s, u"Nurse"_s, u"ok"_s}, {u"2"_s, u"Nurse"_s, u"fine"_s}});
    SurveyPlanOptions unknown;
    unknown.closed = {u"Roles"_s};
    const Error missing = planError(data, unknown);
    EXPECT_TRUE(missing.message.contains(u"--closed names the column 'Roles'"_s))
        << missing.message.toStdString();
    EXPECT_TRUE(missing.message.contains(u"'ID', 'Role', 'Comment'"_s));

    SurveyPlanOptions both;
    both.closed = {u"Comment"_s};
    both.open = {u"comment"_s};
    EXPECT_TRUE(
        planError(data, both)
            .message.contains(u"the column 'Comment' is named by both --closed and --open"_s));

    SurveyPlanOptions ignoredToo;
    ignoredToo.open = {u"Role"_s};
    ignoredToo.ignored = {u"Role"_s};
    EXPECT_TRUE(planError(data, ignoredToo).message.contains(u"both --open and --ignored"_s));

    SurveyPlanOptions idToo;
    idToo.idColumn = u"ID"_s;
    idToo.closed = {u"id"_s};
    EXPECT_TRUE(planError(data, idToo).message.contains(u"both --id-column and --closed"_s));

    SurveyPlanOptions badId;
    badId.idColumn = u"Respondent"_s;
    EXPECT_TRUE(planError(data, badId).message.contains(u"--id-column names the column"_s));
}

TEST(SurveyPlan, TablesWithoutRowsOrQuestionsAreRefused)
{
    EXPECT_TRUE(planError(table({u"ID"_s, u"Q1"_s}, {})).message.contains(u"no rows"_s));
    const DataTable idOnly = table({u"ID"_s}, {{u"1"_s}, {u"2"_s}});
    EXPECT_TRUE(planError(idOnly).message.contains(u"no question columns"_s));
    const DataTable twice = table({u"Q1"_s, u"q1"_s}, {{u"a"_s, u"b"_s}});
    EXPECT_TRUE(planError(twice).message.contains(u"columns 1 and 2 are both named 'q1'"_s));
}

TEST(SurveyPlan, SplitMultiSelect)
{
    EXPECT_EQ(splitMultiSelect(u" Housing; Benefits ;;Housing;Counselling;"_s),
              (QStringList{u"Housing"_s, u"Benefits"_s, u"Counselling"_s}));
    EXPECT_EQ(splitMultiSelect(u"Single"_s), (QStringList{u"Single"_s}));
    EXPECT_TRUE(splitMultiSelect(u" ; ;"_s).isEmpty());
    EXPECT_TRUE(splitMultiSelect(QString()).isEmpty());
}

} // namespace
} // namespace tessera
