// Surveys stored in a project: respondents as participants, closed questions as category
// attributes, open questions as documents with one turn per answer — all as one undoable
// action — and deleted again as one. Plans are built by hand (planning is tested elsewhere).

#include "ProjectFixture.h"

#include <QCryptographicHash>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera::test {
namespace {

SurveyColumnPlan column(int index, const QString& name, QuestionKind kind, bool multi = false)
{
    SurveyColumnPlan c;
    c.column = index;
    c.name = name;
    c.kind = kind;
    c.multiSelect = multi;
    return c;
}

class SurveyStorageTest : public ProjectTest {
protected:
    void SetUp() override
    {
        ProjectTest::SetUp();
        table.header = {u"ID"_s, u"Role"_s, u"Tools used"_s, u"What changed?"_s,
                        u"Anything else?"_s};
        table.rows = {
            {u"R1"_s, u"Social worker"_s, u"Phone; Video"_s,
             u"Visits moved online.\r\nMore calls."_s, u""_s},
            {u"R2"_s, u"Manager"_s, u""_s, u"  Less travel  "_s, u" "_s},
            {u"R3"_s, u""_s, u"Video;Phone;Video"_s, u""_s, u""_s},
            {u"Host"_s, u" Social worker "_s, u"Messaging"_s, u"Teenagers texted 😀 more."_s, u""_s},
        };
        table.sourceLines = {2, 3, 5, 6};
        table.sourceName = u"staff-survey.csv"_s;
        plan.idColumn = 0;
        plan.respondentIds = {u"R1"_s, u"R2"_s, u"R3"_s, u"Host"_s};
        plan.questions = {column(1, u"Role"_s, QuestionKind::Closed),
                          column(2, u"Tools used"_s, QuestionKind::Closed, true),
                          column(3, u"What changed?"_s, QuestionKind::Open),
                          column(4, u"Anything else?"_s, QuestionKind::Open)};
    }

    QString pseudonymOf(ParticipantId id) { return project().participant(id)->pseudonym; }

    DataTable table;
    SurveyPlan plan;
};

TEST_F(SurveyStorageTest, import_storesRespondentsAttributesAndDocuments)
{
    const SurveyId id = unwrap(project().importSurvey(u"Staff survey"_s, table, plan));
    const Survey survey = *project().survey(id);
    EXPECT_EQ(survey.name, u"Staff survey"_s);
    EXPECT_EQ(survey.sourceName, u"staff-survey.csv"_s);
    EXPECT_EQ(survey.respondents, 4);
    EXPECT_FALSE(survey.guid.isEmpty());
    EXPECT_TRUE(survey.importedAt.isValid());
    ASSERT_EQ(survey.questions.size(), 4);
    EXPECT_EQ(survey.questions[0].name, u"Role"_s);
    EXPECT_EQ(survey.questions[0].position, 1);
    EXPECT_EQ(survey.questions[1].kind, QuestionKind::Closed);
    EXPECT_TRUE(survey.questions[1].multiSelect);
    EXPECT_EQ(survey.questions[2].kind, QuestionKind::Open);
    ASSERT_TRUE(survey.questions[2].document.has_value());
    EXPECT_FALSE(survey.questions[3].document.has_value()); // nobody answered it

    const QList<ParticipantId> respondents = project().surveyRespondents(id);
    ASSERT_EQ(respondents.size(), 4);
    EXPECT_EQ(pseudonymOf(respondents[0]), u"R1"_s);
    EXPECT_EQ(pseudonymOf(respondents[3]), u"Host"_s);

    const auto role = project().attribute(AttributeScope::Participant, u"Role"_s);
    ASSERT_TRUE(role.has_value());
    EXPECT_EQ(role->type, AttributeType::Category);
    EXPECT_EQ(role->categories, (QStringList{u"Social worker"_s, u"Manager"_s}));
    EXPECT_EQ(role->survey, id);
    EXPECT_FALSE(role->multiSelect);
    const auto tools = project().attribute(AttributeScope::Participant, u"Tools used"_s);
    EXPECT_TRUE(tools->multiSelect);
    EXPECT_EQ(tools->categories, (QStringList{u"Phone"_s, u"Video"_s, u"Messaging"_s}));

    EXPECT_EQ(project().participantAttributes(respondents[0]),
              (QHash<QString, QString>{{u"Role"_s, u"Social worker"_s},
                                       {u"Tools used"_s, u"Phone;Video"_s}}));
    EXPECT_EQ(project().participantAttributes(respondents[1]),
              (QHash<QString, QString>{{u"Role"_s, u"Manager"_s}})); // blank: not stored
    EXPECT_EQ(project().participantAttributes(respondents[2]),
              (QHash<QString, QString>{{u"Tools used"_s, u"Video;Phone"_s}}));
    EXPECT_EQ(project().participantAttributes(respondents[3]).value(u"Role"_s), u"Social worker"_s);
}

TEST_F(SurveyStorageTest, import_openAnswersAreTurnsOfLinkedRespondents)
{
    const SurveyId id = unwrap(project().importSurvey(u"Staff survey"_s, table, plan));
    const Survey survey = *project().survey(id);
    const Document doc = *project().document(*survey.questions[2].document);
    EXPECT_EQ(doc.name, u"Staff survey: What changed?"_s);
    EXPECT_EQ(doc.groupName, u"Staff survey"_s);
    EXPECT_EQ(doc.format, u"csv"_s);
    EXPECT_EQ(doc.sourceName, u"staff-survey.csv"_s);
    const QString text = project().documentText(doc.id);
    EXPECT_EQ(text, u"R1: Visits moved online.\nMore calls.\n\nR2: Less travel\n\n"
                    u"Host: Teenagers texted 😀 more.\n"_s);
    EXPECT_EQ(doc.contentHash,
              QString::fromLatin1(
                  QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex()));

    const QList<Turn> turns = project().turns(doc.id);
    ASSERT_EQ(turns.size(), 3);
    const QStringList answers{u"Visits moved online.\nMore calls."_s, u"Less travel"_s,
                              u"Teenagers texted 😀 more."_s};
    const QList<ParticipantId> respondents = project().surveyRespondents(id);
    const QList<ParticipantId> speakersOf{respondents[0], respondents[1], respondents[3]};
    const QList<Speaker> speakers = project().speakers(doc.id);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(text.mid(turns[i].start, turns[i].end - turns[i].start), answers[i]);
        const auto speaker =
            std::find_if(speakers.cbegin(), speakers.cend(),
                         [&](const Speaker& s) { return s.id == turns[i].speakerId; });
        ASSERT_NE(speaker, speakers.cend());
        EXPECT_EQ(speaker->participantId, speakersOf[i]);
        // "Host" is a respondent id here, not a facilitator.
        EXPECT_EQ(speaker->role, SpeakerRole::Participant);
    }
    EXPECT_EQ(turns[2].speaker, u"Host"_s);
}

TEST_F(SurveyStorageTest, import_reusesExistingParticipantAndCategoryAttribute)
{
    const ParticipantId r2 = unwrap(project().addParticipant(u"r2"_s));
    AttributeDefinition role;
    role.name = u"role"_s;
    role.type = AttributeType::Category;
    role.categories = {u"Manager"_s};
    TESSERA_ASSERT_OK(project().defineAttribute(role));
    const SurveyId id = unwrap(project().importSurvey(u"Staff survey"_s, table, plan));
    EXPECT_EQ(project().participants().size(), 4);
    EXPECT_EQ(project().surveyRespondents(id)[1], r2);
    const auto merged = project().attribute(AttributeScope::Participant, u"Role"_s);
    EXPECT_EQ(merged->name, u"role"_s);
    EXPECT_EQ(merged->categories, (QStringList{u"Manager"_s, u"Social worker"_s}));
    EXPECT_FALSE(merged->survey.has_value()); // not created by the survey
    EXPECT_EQ(project().participantAttributes(r2).value(u"role"_s), u"Manager"_s);
    EXPECT_EQ(project().survey(id)->questions[0].name, u"role"_s);

    // Deleting the survey removes its values but keeps the attribute it did not create.
    TESSERA_ASSERT_OK(project().deleteSurvey(id));
    EXPECT_TRUE(project().attribute(AttributeScope::Participant, u"Role"_s).has_value());
    EXPECT_FALSE(project().attribute(AttributeScope::Participant, u"Tools used"_s).has_value());
    EXPECT_TRUE(project().participantAttributes(r2).isEmpty());
}

TEST_F(SurveyStorageTest, import_isOneUndoStep)
{
    const QString before = dumpTables(projectPath());
    const QString undoBefore = project().undoText();
    (void)unwrap(project().importSurvey(u"Staff survey"_s, table, plan));
    const QString after = dumpTables(projectPath());
    TESSERA_ASSERT_OK(project().undo());
    EXPECT_EQ(dumpTables(projectPath()), before);
    EXPECT_EQ(project().undoText(), undoBefore);
    EXPECT_TRUE(project().surveys().isEmpty());
    EXPECT_TRUE(project().participants().isEmpty());
    TESSERA_ASSERT_OK(project().redo());
    EXPECT_EQ(dumpTables(projectPath()), after);
}

TEST_F(SurveyStorageTest, import_refusals_changeNothing)
{
    (void)unwrap(project().importSurvey(u"Staff survey"_s, table, plan));
    const QString before = dumpTables(projectPath());
    const auto again = project().importSurvey(u"STAFF SURVEY"_s, table, plan);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);

    AttributeDefinition years;
    years.name = u"Years"_s;
    years.type = AttributeType::Number;
    TESSERA_ASSERT_OK(project().defineAttribute(years));
    const QString withYears = dumpTables(projectPath());
    DataTable t = table;
    t.header[1] = u"Years"_s;
    SurveyPlan p = plan;
    p.questions[0].name = u"Years"_s;
    const auto clash = project().importSurvey(u"Second survey"_s, t, p);
    ASSERT_FALSE(clash.ok());
    EXPECT_EQ(clash.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(clash.error().message.contains(u"“Years”"_s));
    EXPECT_TRUE(clash.error().message.contains(u"--ignore"_s));

    SurveyPlan repeated = plan;
    repeated.respondentIds[2] = u"r1"_s;
    const auto duplicateIds = project().importSurvey(u"Second survey"_s, table, repeated);
    ASSERT_FALSE(duplicateIds.ok());
    EXPECT_TRUE(duplicateIds.error().message.contains(u"row 3 (line 5)"_s))
        << duplicateIds.error().message.toStdString();

    SurveyPlan short_ = plan;
    short_.respondentIds.removeLast();
    EXPECT_EQ(errorCode(project().importSurvey(u"Second survey"_s, table, short_)),
              ErrorCode::InvalidInput);
    EXPECT_EQ(errorCode(project().importSurvey(u"Bad/name"_s, table, plan)),
              ErrorCode::InvalidInput);
    EXPECT_EQ(dumpTables(projectPath()), withYears);
    EXPECT_NE(before, withYears);
}

TEST_F(SurveyStorageTest, import_documentNamesAreValidUniqueAndFormatFollowsFile)
{
    addDocument(u"Staff survey: What changed?"_s, focusGroupTranscript());
    const QString longQuestion =
        u"Thinking about children/families you worked with during the lockdowns, what would you "
        u"keep from the new ways of working and why?"_s;
    table.header[4] = longQuestion;
    plan.questions[3].name = longQuestion;
    table.rows[0][4] = u"Shorter visits."_s;
    table.sourceName = u"Staff Survey.XLSX"_s;
    const SurveyId id = unwrap(project().importSurvey(u"Staff survey"_s, table, plan));
    const Survey survey = *project().survey(id);
    const Document first = *project().document(*survey.questions[2].document);
    EXPECT_EQ(first.name, u"Staff survey: What changed? (2)"_s);
    EXPECT_EQ(first.format, u"xlsx"_s);
    const Document second = *project().document(*survey.questions[3].document);
    EXPECT_LE(second.name.size(), 100);
    EXPECT_TRUE(second.name.endsWith(u"…"_s));
    EXPECT_TRUE(second.name.startsWith(u"Staff survey: Thinking about children-families"_s));
}

TEST_F(SurveyStorageTest, findSurvey_byNameIdOrOnlyOne)
{
    EXPECT_EQ(errorCode(project().findSurvey({})), ErrorCode::NotFound);
    const SurveyId id = unwrap(project().importSurvey(u"Staff survey"_s, table, plan));
    EXPECT_EQ(unwrap(project().findSurvey({})).id, id);
    EXPECT_EQ(unwrap(project().findSurvey(u"staff SURVEY"_s)).id, id);
    EXPECT_EQ(unwrap(project().findSurvey(QString::number(id.value))).id, id);
    EXPECT_EQ(errorCode(project().findSurvey(u"Other"_s)), ErrorCode::NotFound);

    SurveyPlan second = plan;
    second.respondentIds = {u"S1"_s, u"S2"_s, u"S3"_s, u"S4"_s};
    second.questions = {column(1, u"Role"_s, QuestionKind::Closed)};
    (void)unwrap(project().importSurvey(u"Follow-up"_s, table, second));
    const auto ambiguous = project().findSurvey({});
    ASSERT_FALSE(ambiguous.ok());
    EXPECT_TRUE(ambiguous.error().message.contains(u"Follow-up"_s));
    EXPECT_EQ(project().surveys().size(), 2);
    // The second survey reused the first one's category attribute.
    EXPECT_EQ(project().attribute(AttributeScope::Participant, u"Role"_s)->survey, id);
}

TEST_F(SurveyStorageTest, delete_removesDocumentsValuesAndDefinitions_oneUndoStep)
{
    const ParticipantId dana = unwrap(project().addParticipant(u"Dana"_s));
    const SurveyId id = unwrap(project().importSurvey(u"Staff survey"_s, table, plan));
    const DocumentId doc = *project().survey(id)->questions[2].document;
    const CodeId travel = addCode(u"Travel"_s);
    codeQuote(doc, travel, u"Less travel"_s);
    // Another participant uses a value of the survey's "Tools used": that definition stays.
    TESSERA_ASSERT_OK(project().setParticipantAttribute(dana, u"Tools used"_s, u"Phone"_s));
    const QString before = dumpTables(projectPath());

    TESSERA_ASSERT_OK(project().deleteSurvey(id));
    EXPECT_TRUE(project().surveys().isEmpty());
    EXPECT_FALSE(project().document(doc).has_value());
    EXPECT_TRUE(project().codings().isEmpty());
    EXPECT_TRUE(project().groups().isEmpty());
    EXPECT_FALSE(project().attribute(AttributeScope::Participant, u"Role"_s).has_value());
    const auto tools = project().attribute(AttributeScope::Participant, u"Tools used"_s);
    ASSERT_TRUE(tools.has_value());
    EXPECT_FALSE(tools->survey.has_value());
    EXPECT_EQ(project().participantAttributes(dana).value(u"Tools used"_s), u"Phone"_s);
    EXPECT_EQ(project().participants().size(), 5); // respondents stay
    EXPECT_EQ(rowCount(projectPath(), u"participant_attributes"_s), 1);

    TESSERA_ASSERT_OK(project().undo());
    EXPECT_EQ(dumpTables(projectPath()), before);
    EXPECT_EQ(errorCode(project().deleteSurvey(SurveyId(99))), ErrorCode::NotFound);
}

TEST_F(SurveyStorageTest, deleteDocumentOfOpenQuestion_keepsQuestionUnlinked)
{
    const SurveyId id = unwrap(project().importSurvey(u"Staff survey"_s, table, plan));
    const DocumentId doc = *project().survey(id)->questions[2].document;
    TESSERA_ASSERT_OK(project().deleteDocument(doc));
    const Survey survey = *project().survey(id);
    ASSERT_EQ(survey.questions.size(), 4);
    EXPECT_FALSE(survey.questions[2].document.has_value());
    TESSERA_ASSERT_OK(project().deleteSurvey(id)); // still deletable
}

TEST_F(SurveyStorageTest, deleteParticipant_leavesSurveyRespondents)
{
    const SurveyId id = unwrap(project().importSurvey(u"Staff survey"_s, table, plan));
    const ParticipantId r1 = project().surveyRespondents(id).first();
    TESSERA_ASSERT_OK(project().deleteParticipant(r1));
    EXPECT_EQ(project().surveyRespondents(id).size(), 3);
    EXPECT_EQ(project().survey(id)->respondents, 3);
}

} // namespace
} // namespace tessera::test
