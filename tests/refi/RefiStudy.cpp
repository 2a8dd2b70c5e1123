#include "RefiStudy.h"

using namespace Qt::StringLiterals;

namespace tessera::test {

RefiStudy RefiProjectTest::buildStudy()
{
    Project& p = project();
    RefiStudy s;
    s.alex = addCoder(u"Alex"_s);
    s.sam = addCoder(u"Sam"_s);
    TESSERA_EXPECT_OK(p.setCurrentCoder(s.alex));

    CodeFields barriers;
    barriers.name = u"Barriers"_s;
    barriers.color = u"#1F77B4"_s;
    barriers.description = u"What stops contact with families."_s;
    barriers.inclusion = u"Talk of obstacles.\nAlso practical ones."_s;
    barriers.exclusion = u"Complaints about managers."_s;
    barriers.example = u"“We had no laptops.”"_s;
    barriers.memo = u"Split this code later?"_s;
    s.barriers = unwrap(p.addCode(barriers));
    s.digital = addCode(u"Digital exclusion"_s, s.barriers);
    s.noDevices = addCode(u"No devices 📵"_s, s.digital);
    s.benefits = addCode(u"Bénéfices"_s);
    s.keepingInTouch = addCode(u"Keeping in touch"_s, s.benefits);

    ThemeFields connection;
    connection.name = u"Connection"_s;
    connection.organisingConcept = u"Contact survives when practitioners adapt."_s;
    connection.status = ThemeStatus::Final;
    connection.color = u"#2CA02C"_s;
    connection.memo = u"Central to the paper."_s;
    s.connection = unwrap(p.addTheme(connection));
    s.stayingInTouch = addTheme(u"Staying in touch"_s, s.connection, ThemeStatus::Reviewed);
    TESSERA_EXPECT_OK(p.linkCodeToTheme(s.keepingInTouch, s.stayingInTouch));
    TESSERA_EXPECT_OK(p.linkCodeToTheme(s.barriers, s.connection));
    TESSERA_EXPECT_OK(p.linkCodeToTheme(s.digital, s.connection));

    const ImportedDocument focusGroup =
        TranscriptBuilder()
            .line(u"Focus group 1 🎉 (online)"_s)
            .turn(u"Facilitator"_s, u"How 😀 did video calls change 👍🏽 your work?"_s)
            .turn(u"P1"_s, u"Video calls 📱 let me see families more often than before."_s)
            .turn(u"P2"_s, u"Some families had no data 😞 or devices at all."_s)
            .build();
    s.focusGroup = addDocument(u"FG1 Children's services"_s, focusGroup, u"Focus group 1"_s);
    s.interview = addDocument(u"Interview Ana"_s,
                              TranscriptBuilder()
                                  .turn(u"Interviewer"_s, u"Tell me about your week."_s)
                                  .turn(u"Ana"_s, u"Busy, but we kept in touch by phone."_s)
                                  .build(),
                              u"Interviews"_s);
    TESSERA_EXPECT_OK(p.setDocumentMemo(s.interview, u"Recorded on a bad line."_s));

    codeQuote(s.focusGroup, s.keepingInTouch, u"let me see families more often"_s, s.alex, true,
              u"Strong example"_s);
    codeQuote(s.focusGroup, s.keepingInTouch, u"Video calls 📱 let me see families"_s, s.sam);
    codeQuote(s.focusGroup, s.noDevices, u"no data 😞 or devices"_s, s.alex);
    codeQuote(s.focusGroup, s.digital, u"no data 😞 or devices at all."_s, s.sam);
    codeQuote(s.interview, s.keepingInTouch, u"we kept in touch by phone"_s, s.sam);

    s.p1 = unwrap(p.addParticipant(u"FG1 P1"_s));
    TESSERA_EXPECT_OK(p.linkSpeakerToParticipant(speakerNamed(s.focusGroup, u"P1"_s), s.p1));
    TESSERA_EXPECT_OK(p.setParticipantMemo(s.p1, u"Joined late."_s));
    unwrap(p.addParticipant(u"Ana"_s));
    const auto define = [&](AttributeScope scope, const QString& name, AttributeType type,
                            const QStringList& categories = {}, bool multiSelect = false) {
        AttributeDefinition definition;
        definition.scope = scope;
        definition.name = name;
        definition.type = type;
        definition.categories = categories;
        definition.multiSelect = multiSelect;
        TESSERA_EXPECT_OK(p.defineAttribute(definition));
    };
    define(AttributeScope::Participant, u"Role"_s, AttributeType::Category,
           {u"Social worker"_s, u"Manager"_s});
    define(AttributeScope::Participant, u"Services"_s, AttributeType::Category,
           {u"Children"_s, u"Families"_s}, true);
    define(AttributeScope::Participant, u"Years"_s, AttributeType::Number);
    define(AttributeScope::Participant, u"Joined"_s, AttributeType::Date);
    define(AttributeScope::Participant, u"Note"_s, AttributeType::Text);
    define(AttributeScope::Document, u"Setting"_s, AttributeType::Text);
    TESSERA_EXPECT_OK(p.setParticipantAttribute(s.p1, u"Role"_s, u"Social worker"_s));
    TESSERA_EXPECT_OK(p.setParticipantAttribute(s.p1, u"Services"_s, u"Children;Families"_s));
    TESSERA_EXPECT_OK(p.setParticipantAttribute(s.p1, u"Years"_s, u"3.5"_s));
    TESSERA_EXPECT_OK(p.setParticipantAttribute(s.p1, u"Joined"_s, u"2019-05-01"_s));
    TESSERA_EXPECT_OK(p.setParticipantAttribute(s.p1, u"Note"_s, u"Works nights & weekends"_s));
    TESSERA_EXPECT_OK(p.setDocumentAttribute(s.focusGroup, u"Setting"_s, u"Online"_s));

    TESSERA_EXPECT_OK(p.setMemo(u"Pilot study of contact during lockdown."_s));
    unwrap(p.addJournalEntry(u"First reflections: contact is the theme."_s));
    return s;
}

} // namespace tessera::test
