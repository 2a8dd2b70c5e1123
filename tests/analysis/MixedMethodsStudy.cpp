#include "MixedMethodsStudy.h"

#include "io/DataTable.h"
#include "survey/SurveyPlan.h"

using namespace Qt::StringLiterals;

namespace tessera::test {

void MixedMethodsTest::SetUp()
{
    ProjectTest::SetUp();
    Project& p = project();

    AttributeDefinition role;
    role.scope = AttributeScope::Participant;
    role.name = u"Role"_s;
    role.type = AttributeType::Category;
    role.categories = {u"Social worker"_s, u"Family support"_s, u"Manager"_s};
    TESSERA_ASSERT_OK(p.defineAttribute(role));
    AttributeDefinition setting;
    setting.scope = AttributeScope::Document;
    setting.name = u"Setting"_s;
    setting.type = AttributeType::Category;
    setting.categories = {u"In person"_s, u"Online"_s};
    TESSERA_ASSERT_OK(p.defineAttribute(setting));

    fg1 = addDocument(u"Focus group 1"_s,
                      TranscriptBuilder()
                          .line(u"Focus group 1"_s)
                          .turn(u"Facilitator"_s, u"Welcome, tell us about contact."_s)
                          .turn(u"P1"_s, u"I saw families on video every week."_s)
                          .turn(u"P2"_s, u"Families lacked devices and data."_s)
                          .turn(u"P3"_s, u"Trust grew slowly online."_s)
                          .turn(u"Facilitator"_s, u"So access is uneven for families."_s)
                          .build());
    fg2 = addDocument(u"Focus group 2"_s,
                      TranscriptBuilder()
                          .turn(u"Facilitator"_s, u"What helped you stay in touch?"_s)
                          .turn(u"P1"_s, u"Phone calls kept me close to parents."_s)
                          .turn(u"P4"_s, u"Young people trusted me more by text."_s)
                          .turn(u"X"_s, u"We had no laptops for the children."_s)
                          .turn(u"P1"_s, u"I trust families who answer the phone."_s)
                          .build());
    TESSERA_ASSERT_OK(p.setDocumentAttribute(fg1, u"Setting"_s, u"Online"_s));
    TESSERA_ASSERT_OK(p.setDocumentAttribute(fg2, u"Setting"_s, u"In person"_s));

    const auto person = [&](const QString& pseudonym, const QString& roleValue) {
        const ParticipantId id = unwrap(p.addParticipant(pseudonym), "addParticipant");
        if (!roleValue.isEmpty()) {
            TESSERA_EXPECT_OK(p.setParticipantAttribute(id, u"Role"_s, roleValue));
        }
        return id;
    };
    ana = person(u"Ana"_s, u"Social worker"_s);
    ben = person(u"Ben"_s, u"Family support"_s);
    cara = person(u"Cara"_s, {});
    dev = person(u"Dev"_s, u"Social worker"_s);
    fran = person(u"Fran"_s, u"Manager"_s);
    TESSERA_ASSERT_OK(p.linkSpeakerToParticipant(speakerNamed(fg1, u"Facilitator"_s), fran));
    TESSERA_ASSERT_OK(p.linkSpeakerToParticipant(speakerNamed(fg1, u"P1"_s), ana));
    TESSERA_ASSERT_OK(p.linkSpeakerToParticipant(speakerNamed(fg1, u"P2"_s), ben));
    TESSERA_ASSERT_OK(p.linkSpeakerToParticipant(speakerNamed(fg1, u"P3"_s), cara));
    TESSERA_ASSERT_OK(p.linkSpeakerToParticipant(speakerNamed(fg2, u"P1"_s), ben));
    TESSERA_ASSERT_OK(p.linkSpeakerToParticipant(speakerNamed(fg2, u"P4"_s), dev));

    access = addCode(u"Access"_s);
    devices = addCode(u"Devices"_s, access);
    trust = addCode(u"Trust"_s);
    connection = addTheme(u"Connection"_s);
    barriers = addTheme(u"Barriers"_s, connection);
    empty = addTheme(u"Empty"_s);
    TESSERA_ASSERT_OK(p.linkCodeToTheme(trust, connection));
    TESSERA_ASSERT_OK(p.linkCodeToTheme(devices, barriers));
    sam = addCoder(u"Sam"_s);

    a1AccessAna = codeQuote(fg1, access, u"I saw families on video"_s);
    a2DevicesBen = codeQuote(fg1, devices, u"Families lacked devices"_s);
    a3TrustCara = codeQuote(fg1, trust, u"Trust grew slowly"_s);
    a4AccessFran = codeQuote(fg1, access, u"access is uneven"_s);
    a5AccessTitle = codeQuote(fg1, access, u"Focus group 1"_s); // outside every turn
    b1AccessBen = codeQuote(fg2, access, u"Phone calls kept me close"_s);
    b2DevicesUnlinked = codeQuote(fg2, devices, u"no laptops"_s);
    b3TrustDev = codeQuote(fg2, trust, u"trusted me more by text"_s);
    b4TrustBen = codeQuote(fg2, trust, u"I trust families who answer"_s);
    b5TrustFacilitator = codeQuote(fg2, trust, u"What helped you stay in touch"_s);
    s1TrustAnaBySam = codeQuote(fg1, trust, u"I saw families on video every week."_s, sam);
}

SurveyId MixedMethodsTest::importSurvey()
{
    DataTable table;
    table.sourceName = u"survey.csv"_s;
    table.header = {u"ID"_s, u"Role"_s, u"Confident"_s, u"Tools"_s};
    table.rows = {
        {u"Ana"_s, u"Social worker"_s, u"Yes"_s, u"Video;Phone"_s},
        {u"R2"_s, u"Social worker"_s, u"No"_s, u"Phone"_s},
        {u"R3"_s, u"Social worker"_s, u"Yes"_s, u""_s},
        {u"R4"_s, u"Family support"_s, u"Yes"_s, u"Video"_s},
        {u"R5"_s, u"Family support"_s, u" "_s, u"Video; Text"_s},
        {u"R6"_s, u""_s, u"No"_s, u"Phone"_s},
        {u"R7"_s, u"Student"_s, u"Yes"_s, u"Video"_s},
    };
    for (int line = 2; line <= 8; ++line) {
        table.sourceLines << line;
    }
    SurveyPlan plan;
    plan.idColumn = 0;
    for (const QStringList& row : std::as_const(table.rows)) {
        plan.respondentIds << row[0];
    }
    plan.questions = {
        SurveyColumnPlan{1, u"Role"_s, QuestionKind::Closed, false, u"test"_s},
        SurveyColumnPlan{2, u"Confident"_s, QuestionKind::Closed, false, u"test"_s},
        SurveyColumnPlan{3, u"Tools"_s, QuestionKind::Closed, true, u"test"_s},
    };
    return unwrap(project().importSurvey(u"Practitioner survey"_s, table, plan), "importSurvey");
}

} // namespace tessera::test
