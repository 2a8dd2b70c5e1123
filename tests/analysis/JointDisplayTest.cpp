#include "analysis/JointDisplay.h"

#include "MixedMethodsStudy.h"
#include "analysis/SurveySummary.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera {
namespace {

using test::unwrap;

QStringList labels(const JointRow& row)
{
    QStringList list;
    for (const JointCell& cell : row.cells) {
        list << cell.label;
    }
    return list;
}

QStringList categoryLabels(const QuestionSummary& question)
{
    QStringList list;
    for (const CategoryCount& c : question.categories) {
        list << c.value % u": "_s % c.label;
    }
    return list;
}

class SurveySummaryTest : public test::MixedMethodsTest {};

TEST_F(SurveySummaryTest, SummarisesEveryClosedQuestionOfTheSurvey)
{
    const SurveyId id = importSurvey();
    const SurveySummary s = unwrap(summariseSurvey(project(), id), "summariseSurvey");
    EXPECT_EQ(s.survey, u"Practitioner survey"_s);
    EXPECT_EQ(s.respondents, 7);
    ASSERT_EQ(s.questions.size(), 3);
    const QuestionSummary& role = s.questions[0];
    EXPECT_EQ(role.question, u"Role"_s);
    EXPECT_EQ(role.answered, 6); // R6 left it blank
    // The categories defined before the import keep their order; nobody answered Manager.
    EXPECT_EQ(categoryLabels(role),
              (QStringList{u"Social worker: 3/6 (50.0%)"_s, u"Family support: 2/6 (33.3%)"_s,
                           u"Manager: 0/6 (0.0%)"_s, u"Student: 1/6 (16.7%)"_s}));
    const QuestionSummary& confident = s.questions[1];
    EXPECT_EQ(confident.question, u"Confident"_s);
    EXPECT_FALSE(confident.multiSelect);
    EXPECT_EQ(confident.answered, 6); // R5's " " is blank
    EXPECT_EQ(categoryLabels(confident),
              (QStringList{u"Yes: 4/6 (66.7%)"_s, u"No: 2/6 (33.3%)"_s}));
    const QuestionSummary& tools = s.questions[2];
    EXPECT_TRUE(tools.multiSelect);
    EXPECT_EQ(tools.answered, 6);
    EXPECT_EQ(categoryLabels(tools), (QStringList{u"Video: 4/6 (66.7%)"_s, u"Phone: 3/6 (50.0%)"_s,
                                                  u"Text: 1/6 (16.7%)"_s}));
}

TEST_F(SurveySummaryTest, ChosenQuestionsInColumnOrder)
{
    const SurveyId id = importSurvey();
    const SurveySummary s =
        unwrap(summariseSurvey(project(), id, {u"tools"_s, u"Confident"_s}), "summariseSurvey");
    ASSERT_EQ(s.questions.size(), 2);
    EXPECT_EQ(s.questions[0].question, u"Confident"_s);
    EXPECT_EQ(s.questions[1].question, u"Tools"_s);
}

TEST_F(SurveySummaryTest, UnknownQuestionOrSurveyIsAnError)
{
    const SurveyId id = importSurvey();
    const auto unknown = summariseSurvey(project(), id, {u"Happy"_s});
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(unknown.error().message.contains(u"“Happy”"_s));
    EXPECT_TRUE(unknown.error().message.contains(u"Role, Confident, Tools"_s))
        << unknown.error().message.toStdString();
    EXPECT_EQ(test::errorCode(summariseSurvey(project(), SurveyId(999))), ErrorCode::NotFound);
}

class JointDisplayTest : public test::MixedMethodsTest {
protected:
    JointDisplayOptions options(std::optional<SurveyId> survey = std::nullopt,
                                QList<SurveyItem> items = {})
    {
        JointDisplayOptions o;
        o.matrix.attribute = u"Role"_s;
        o.survey = survey;
        o.items = items;
        return o;
    }
};

TEST_F(JointDisplayTest, QualitativeRowsFromTheMatrix)
{
    const JointDisplay d = unwrap(buildJointDisplay(project(), options()), "buildJointDisplay");
    EXPECT_EQ(d.attribute, u"Role"_s);
    EXPECT_EQ(d.columns, (QStringList{u"Social worker"_s, u"Family support"_s, u"Manager"_s,
                                      u"(not set)"_s, u"All"_s}));
    ASSERT_EQ(d.rows.size(), 3);
    EXPECT_EQ(d.rows[0].kind, JointRow::Kind::Qualitative);
    EXPECT_EQ(d.rows[0].name, u"Access"_s);
    EXPECT_EQ(labels(d.rows[0]), (QStringList{u"1/2 (50.0%)"_s, u"1/1 (100.0%)"_s, u"–"_s,
                                              u"0/1 (0.0%)"_s, u"2/4 (50.0%)"_s}));
    EXPECT_EQ(d.rows[0].cells[4].n, 2);
    EXPECT_EQ(d.rows[0].cells[4].total, 4);
    EXPECT_EQ(d.rows[0].cells[2].total, 0);
    EXPECT_EQ(d.rows[1].name, u"Access/Devices"_s);
    EXPECT_EQ(d.rows[1].depth, 1);
    EXPECT_EQ(labels(d.rows[2]), (QStringList{u"2/2 (100.0%)"_s, u"1/1 (100.0%)"_s, u"–"_s,
                                              u"1/1 (100.0%)"_s, u"4/4 (100.0%)"_s}));
}

TEST_F(JointDisplayTest, SurveyRowsCountRespondentsByTheirRole)
{
    const SurveyId id = importSurvey();
    JointDisplayOptions o = options(id, {{u"Confident"_s, u"Yes"_s}, {u"Tools"_s, u"Video"_s}});
    o.matrix.rows = MatrixRows::Themes;
    const JointDisplay d = unwrap(buildJointDisplay(project(), o), "buildJointDisplay");
    // Student is held by a respondent only: it gets a column, after the categories.
    EXPECT_EQ(d.columns, (QStringList{u"Social worker"_s, u"Family support"_s, u"Manager"_s,
                                      u"Student"_s, u"(not set)"_s, u"All"_s}));
    ASSERT_EQ(d.rows.size(), 3 + 2);
    EXPECT_EQ(d.rows[0].name, u"Connection"_s);
    EXPECT_EQ(labels(d.rows[0]), (QStringList{u"2/2 (100.0%)"_s, u"1/1 (100.0%)"_s, u"–"_s, u"–"_s,
                                              u"1/1 (100.0%)"_s, u"4/4 (100.0%)"_s}));
    EXPECT_EQ(d.rows[1].name, u"Connection/Barriers"_s);
    EXPECT_EQ(d.rows[1].depth, 1);

    const JointRow& confident = d.rows[3];
    EXPECT_EQ(confident.kind, JointRow::Kind::Survey);
    EXPECT_EQ(confident.name, u"Confident = Yes"_s);
    EXPECT_EQ(confident.depth, 0);
    // Social workers Ana, R2, R3: two of three said yes; R5 (family support) left it blank.
    EXPECT_EQ(labels(confident),
              (QStringList{u"2/3 (66.7%)"_s, u"1/1 (100.0%)"_s, u"–"_s, u"1/1 (100.0%)"_s,
                           u"0/1 (0.0%)"_s, u"4/6 (66.7%)"_s}));
    const JointRow& tools = d.rows[4];
    EXPECT_EQ(tools.name, u"Tools = Video"_s);
    // Multi-select: R3 chose nothing (not in N); R5 chose Video among others.
    EXPECT_EQ(labels(tools), (QStringList{u"1/2 (50.0%)"_s, u"2/2 (100.0%)"_s, u"–"_s,
                                          u"1/1 (100.0%)"_s, u"0/1 (0.0%)"_s, u"4/6 (66.7%)"_s}));
    EXPECT_EQ(tools.cells[5].n, 4);
    EXPECT_EQ(tools.cells[5].total, 6);
}

TEST_F(JointDisplayTest, ItemsAreMatchedWhateverTheirLetterCase)
{
    const SurveyId id = importSurvey();
    const JointDisplay d = unwrap(
        buildJointDisplay(project(), options(id, {{u"confident"_s, u"yes"_s}})), "joint display");
    EXPECT_EQ(d.rows.last().name, u"Confident = Yes"_s);
    EXPECT_EQ(d.rows.last().cells.last().label, u"4/6 (66.7%)"_s);
}

TEST_F(JointDisplayTest, ErrorsNameWhatIsValid)
{
    const SurveyId id = importSurvey();
    const auto noSurvey = buildJointDisplay(project(), options({}, {{u"Confident"_s, u"Yes"_s}}));
    ASSERT_FALSE(noSurvey.ok());
    EXPECT_EQ(noSurvey.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(noSurvey.error().message.contains(u"need a survey"_s))
        << noSurvey.error().message.toStdString();

    const auto question = buildJointDisplay(project(), options(id, {{u"Happy"_s, u"Yes"_s}}));
    ASSERT_FALSE(question.ok());
    EXPECT_EQ(question.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(question.error().message.contains(u"“Role”, “Confident”, “Tools”"_s))
        << question.error().message.toStdString();

    const auto value = buildJointDisplay(project(), options(id, {{u"Confident"_s, u"Maybe"_s}}));
    ASSERT_FALSE(value.ok());
    EXPECT_TRUE(value.error().message.contains(u"“Maybe”"_s))
        << value.error().message.toStdString();
    EXPECT_TRUE(value.error().message.contains(u"“Yes”, “No”"_s))
        << value.error().message.toStdString();

    const auto survey =
        buildJointDisplay(project(), options(SurveyId(999), {{u"Confident"_s, u"Yes"_s}}));
    EXPECT_EQ(test::errorCode(survey), ErrorCode::NotFound);

    JointDisplayOptions byDocument = options(id, {{u"Confident"_s, u"Yes"_s}});
    byDocument.matrix.scope = AttributeScope::Document;
    byDocument.matrix.attribute = u"Setting"_s;
    const auto documentScope = buildJointDisplay(project(), byDocument);
    ASSERT_FALSE(documentScope.ok());
    EXPECT_TRUE(documentScope.error().message.contains(u"participant attribute"_s));

    JointDisplayOptions unknown = options();
    unknown.matrix.attribute = u"Team"_s;
    EXPECT_EQ(test::errorCode(buildJointDisplay(project(), unknown)), ErrorCode::NotFound);
}

// The qualitative rows set the transcripts beside the survey: respondents' coded open answers
// stay out unless asked for (or unless the documents are chosen explicitly).
TEST_F(JointDisplayTest, SurveyAnswersStayOutOfThemeRowsUnlessIncluded)
{
    DataTable table;
    table.sourceName = u"open.csv"_s;
    table.header = {u"ID"_s, u"Role"_s, u"Comments"_s};
    table.rows = {{u"R21"_s, u"Manager"_s, u"Video calls kept us in touch with families"_s},
                  {u"R22"_s, u"Manager"_s, u""_s}};
    table.sourceLines = {2, 3};
    SurveyPlan plan;
    plan.idColumn = 0;
    plan.respondentIds = {u"R21"_s, u"R22"_s};
    plan.questions = {SurveyColumnPlan{1, u"Role"_s, QuestionKind::Closed, false, u"test"_s},
                      SurveyColumnPlan{2, u"Comments"_s, QuestionKind::Open, false, u"test"_s}};
    const SurveyId id =
        unwrap(project().importSurvey(u"Open survey"_s, table, plan), "importSurvey");
    const Survey survey = *project().survey(id);
    ASSERT_TRUE(survey.questions[1].document);
    const DocumentId answers = *survey.questions[1].document;
    const QString text = project().documentText(answers);
    const QString quote = u"kept us in touch"_s;
    ASSERT_TRUE(unwrap(project().addCoding(NewCoding{answers,
                                                     trust,
                                                     std::nullopt,
                                                     text.indexOf(quote),
                                                     text.indexOf(quote) + quote.size(),
                                                     {},
                                                     false}),
                       "addCoding")
                    .isValid());

    EXPECT_FALSE(transcriptDocuments(project()).contains(answers));
    EXPECT_EQ(transcriptDocuments(project()).size(), project().documents().size() - 1);

    const int manager = 2; // Social worker, Family support, Manager, ...
    JointDisplayOptions o = options();
    const JointDisplay without = unwrap(buildJointDisplay(project(), o), "without answers");
    ASSERT_EQ(without.columns.value(manager), u"Manager"_s);
    const JointRow& trustRow = without.rows.last();
    EXPECT_EQ(trustRow.cells[manager].label, u"–"_s); // no manager speaks in a transcript

    o.includeSurveyAnswers = true;
    const JointDisplay with = unwrap(buildJointDisplay(project(), o), "with answers");
    ASSERT_EQ(with.columns.value(manager), u"Manager"_s);
    EXPECT_EQ(with.rows.last().name, trustRow.name);
    EXPECT_EQ(with.rows.last().cells[manager].label, u"1/1 (100.0%)"_s); // R22 said nothing
}

} // namespace
} // namespace tessera
