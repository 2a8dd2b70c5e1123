// Participants as cases: the CRUD of pseudonyms, suggested and applied speaker links, and
// whether facilitator turns count towards prevalence (code counts, report prevalence).

#include "ProjectFixture.h"
#include "analysis/ReportBuilder.h"
#include "analysis/Retrieval.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera::test {
namespace {

class ParticipantsTest : public ProjectTest {
protected:
    void SetUp() override
    {
        ProjectTest::SetUp();
        fg1 = addDocument(u"FG1 Children's services"_s, focusGroupTranscript(u"First"_s),
                          u"Focus group 1"_s);
        fg2 = addDocument(u"FG2 Family support"_s, focusGroupTranscript(u"Second"_s),
                          u"Focus group 2"_s);
    }

    const SpeakerLinkSuggestion& suggestionFor(const QList<SpeakerLinkSuggestion>& list,
                                               const QString& label)
    {
        for (const SpeakerLinkSuggestion& s : list) {
            if (s.label == label) {
                return s;
            }
        }
        throw std::runtime_error("no suggestion for " + label.toStdString());
    }

    DocumentId fg1;
    DocumentId fg2;
};

TEST_F(ParticipantsTest, findRenameAndCaseInsensitiveNames)
{
    const ParticipantId dana = unwrap(project().addParticipant(u"Dana"_s));
    EXPECT_EQ(unwrap(project().findParticipant(u"dana"_s)).id, dana);
    EXPECT_EQ(unwrap(project().findParticipant(QString::number(dana.value))).pseudonym, u"Dana"_s);
    EXPECT_EQ(errorCode(project().findParticipant(u"Nobody"_s)), ErrorCode::NotFound);
    EXPECT_EQ(errorCode(project().addParticipant(u"DANA"_s)), ErrorCode::Conflict);

    const ParticipantId ali = unwrap(project().addParticipant(u"Ali"_s));
    const Status clash = project().renameParticipant(ali, u"dana"_s);
    ASSERT_FALSE(clash.ok());
    EXPECT_EQ(clash.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(clash.error().message.contains(u"dana"_s));
    EXPECT_EQ(project().participant(ali)->pseudonym, u"Ali"_s);

    TESSERA_ASSERT_OK(project().renameParticipant(dana, u"DANA"_s)); // case only: itself
    TESSERA_ASSERT_OK(project().renameParticipant(ali, u"Alex"_s));
    EXPECT_EQ(project().participant(ali)->pseudonym, u"Alex"_s);
    TESSERA_ASSERT_OK(project().undo());
    EXPECT_EQ(project().participant(ali)->pseudonym, u"Ali"_s);
    EXPECT_EQ(errorCode(project().renameParticipant(ParticipantId(999), u"X"_s)),
              ErrorCode::NotFound);
}

TEST_F(ParticipantsTest, delete_unlinksSpeakersRemovesAttributes_undoRestores)
{
    const ParticipantId dana = unwrap(project().addParticipant(u"Dana"_s));
    const SpeakerId p1 = speakerNamed(fg1, u"P1"_s);
    TESSERA_ASSERT_OK(project().linkSpeakerToParticipant(p1, dana));
    AttributeDefinition role;
    role.name = u"Role"_s;
    TESSERA_ASSERT_OK(project().defineAttribute(role));
    TESSERA_ASSERT_OK(project().setParticipantAttribute(dana, u"Role"_s, u"Social worker"_s));
    ASSERT_EQ(project().speakersOfParticipant(dana).size(), 1);
    EXPECT_EQ(project().speakersOfParticipant(dana).first().id, p1);
    const QString before = dumpTables(projectPath());

    TESSERA_ASSERT_OK(project().deleteParticipant(dana));
    EXPECT_FALSE(project().participant(dana).has_value());
    EXPECT_TRUE(project().participantAttributes(dana).isEmpty());
    for (const Speaker& s : project().speakers(fg1)) {
        EXPECT_FALSE(s.participantId.has_value());
    }
    EXPECT_EQ(project().turns(fg1).size(), 5); // turns and speakers stay

    TESSERA_ASSERT_OK(project().undo());
    EXPECT_EQ(dumpTables(projectPath()), before);
    EXPECT_EQ(project().participantAttributes(dana).value(u"Role"_s), u"Social worker"_s);
}

TEST_F(ParticipantsTest, suggest_genericLabelsInTwoGroupsAreTwoPeople)
{
    const QList<SpeakerLinkSuggestion> first = project().suggestSpeakerLinks(fg1);
    const QList<SpeakerLinkSuggestion> second = project().suggestSpeakerLinks(fg2);
    ASSERT_EQ(first.size(), 3); // Facilitator, P1, P2
    EXPECT_EQ(suggestionFor(first, u"P1"_s).pseudonym, u"FG1 P1"_s);
    EXPECT_EQ(suggestionFor(second, u"P1"_s).pseudonym, u"FG2 P1"_s);
    EXPECT_FALSE(suggestionFor(first, u"P1"_s).participant.has_value());
    EXPECT_EQ(suggestionFor(first, u"P1"_s).role, SpeakerRole::Participant);
    EXPECT_FALSE(suggestionFor(first, u"P1"_s).reason.isEmpty());
}

TEST_F(ParticipantsTest, suggest_newPseudonymAvoidsExistingParticipants)
{
    // A generic label equal to a pseudonym is still someone new (numbered labels repeat).
    (void)unwrap(project().addParticipant(u"P1"_s));
    (void)unwrap(project().addParticipant(u"fg2 p1"_s));
    const QList<SpeakerLinkSuggestion> list = project().suggestSpeakerLinks(fg2);
    const SpeakerLinkSuggestion& p1 = suggestionFor(list, u"P1"_s);
    EXPECT_FALSE(p1.participant.has_value());
    EXPECT_EQ(p1.pseudonym, u"FG2 P1 (2)"_s);
}

TEST_F(ParticipantsTest, suggest_nameEqualToPseudonymSuggestsThatParticipant)
{
    const ParticipantId dana = unwrap(project().addParticipant(u"Dana"_s));
    const DocumentId interview =
        addDocument(u"Interview 3"_s, TranscriptBuilder()
                                          .turn(u"Interviewer"_s, u"How was it?"_s)
                                          .turn(u"dana"_s, u"Hard at first."_s)
                                          .turn(u"Speaker 2"_s, u"Easier later."_s)
                                          .turn(u"Sam"_s, u"Never easy."_s)
                                          .build());
    const QList<SpeakerLinkSuggestion> list = project().suggestSpeakerLinks(interview);
    ASSERT_EQ(list.size(), 4);
    EXPECT_EQ(suggestionFor(list, u"dana"_s).participant, dana);
    EXPECT_EQ(suggestionFor(list, u"dana"_s).pseudonym, u"Dana"_s);
    // No group: the document's name gives the prefix, shortened like a group's.
    EXPECT_EQ(suggestionFor(list, u"Speaker 2"_s).pseudonym, u"I3 Speaker 2"_s);
    EXPECT_FALSE(suggestionFor(list, u"Sam"_s).participant.has_value());
    EXPECT_EQ(suggestionFor(list, u"Sam"_s).pseudonym, u"Sam"_s);
    const SpeakerLinkSuggestion& interviewer = suggestionFor(list, u"Interviewer"_s);
    EXPECT_EQ(interviewer.role, SpeakerRole::Facilitator);
    EXPECT_FALSE(interviewer.participant.has_value());
    EXPECT_TRUE(interviewer.pseudonym.isEmpty());
}

TEST_F(ParticipantsTest, suggest_facilitatorAndAlreadyLinked)
{
    const ParticipantId facilitator = unwrap(project().addParticipant(u"Facilitator"_s));
    const ParticipantId robin = unwrap(project().addParticipant(u"Robin"_s));
    TESSERA_ASSERT_OK(project().linkSpeakerToParticipant(speakerNamed(fg1, u"P2"_s), robin));
    // A label the user marked as facilitator, though it does not look like one.
    TESSERA_ASSERT_OK(
        project().setSpeakerRole(speakerNamed(fg1, u"P1"_s), SpeakerRole::Facilitator));
    const QList<SpeakerLinkSuggestion> list = project().suggestSpeakerLinks(fg1);
    EXPECT_EQ(suggestionFor(list, u"Facilitator"_s).participant, facilitator);
    EXPECT_EQ(suggestionFor(list, u"Facilitator"_s).role, SpeakerRole::Facilitator);
    EXPECT_EQ(suggestionFor(list, u"P2"_s).participant, robin);
    EXPECT_EQ(suggestionFor(list, u"P2"_s).pseudonym, u"Robin"_s);
    EXPECT_EQ(suggestionFor(list, u"P1"_s).role, SpeakerRole::Facilitator);
    EXPECT_TRUE(suggestionFor(list, u"P1"_s).pseudonym.isEmpty());
    EXPECT_TRUE(project().suggestSpeakerLinks(DocumentId(999)).isEmpty());
}

TEST_F(ParticipantsTest, applySpeakerLinks_isOneUndoStep)
{
    const ParticipantId dana = unwrap(project().addParticipant(u"Dana"_s));
    const SpeakerId fac = speakerNamed(fg1, u"Facilitator"_s);
    const SpeakerId p1 = speakerNamed(fg1, u"P1"_s);
    const SpeakerId p2 = speakerNamed(fg1, u"P2"_s);
    const SpeakerId p1fg2 = speakerNamed(fg2, u"P1"_s);
    TESSERA_ASSERT_OK(project().linkSpeakerToParticipant(p2, dana));
    const QString before = dumpTables(projectPath());

    TESSERA_ASSERT_OK(project().applySpeakerLinks({
        SpeakerLink{fac, SpeakerRole::Facilitator, {}},
        SpeakerLink{p1, SpeakerRole::Participant, u"Kim"_s},
        SpeakerLink{p1fg2, SpeakerRole::Participant, u"kim"_s}, // the same new person
        SpeakerLink{p2, SpeakerRole::Facilitator, {}},          // unlinked, role changed
    }));
    const auto kim = unwrap(project().findParticipant(u"Kim"_s));
    EXPECT_EQ(kim.pseudonym, u"Kim"_s);
    EXPECT_EQ(project().speakersOfParticipant(kim.id).size(), 2);
    EXPECT_TRUE(project().speakersOfParticipant(dana).isEmpty());
    for (const Speaker& s : project().speakers(fg1)) {
        if (s.id == p2) {
            EXPECT_EQ(s.role, SpeakerRole::Facilitator);
            EXPECT_FALSE(s.participantId.has_value());
        }
    }
    EXPECT_EQ(project().participants().size(), 2);

    TESSERA_ASSERT_OK(project().undo());
    EXPECT_EQ(dumpTables(projectPath()), before);
    TESSERA_ASSERT_OK(project().redo());
    EXPECT_EQ(project().participants().size(), 2);
}

TEST_F(ParticipantsTest, applySpeakerLinks_unknownSpeakerOrBadName_changesNothing)
{
    const QString before = dumpTables(projectPath());
    const SpeakerId p1 = speakerNamed(fg1, u"P1"_s);
    const Status unknown = project().applySpeakerLinks({
        SpeakerLink{p1, SpeakerRole::Participant, u"Kim"_s},
        SpeakerLink{SpeakerId(999), SpeakerRole::Participant, u"Lee"_s},
    });
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(unknown.error().message.contains(u"999"_s));
    const Status twice = project().applySpeakerLinks({
        SpeakerLink{p1, SpeakerRole::Participant, u"Kim"_s},
        SpeakerLink{p1, SpeakerRole::Participant, u"Lee"_s},
    });
    EXPECT_FALSE(twice.ok());
    const Status badName = project().applySpeakerLinks({
        SpeakerLink{p1, SpeakerRole::Participant, u"Kim\nLee"_s},
    });
    EXPECT_EQ(errorCode(badName), ErrorCode::InvalidInput);
    EXPECT_EQ(dumpTables(projectPath()), before);
}

// Facilitator turns: codings, but not prevalence, unless the project says so.
TEST_F(ParticipantsTest, codeCounts_leaveFacilitatorsOutUnlessCounted)
{
    const CodeId access = addCode(u"Access"_s);
    codeQuote(fg1, access, u"Video calls let me see"_s);      // FG1 P1
    codeQuote(fg2, access, u"How did video calls change"_s);  // FG2 facilitator only
    codeQuote(fg1, access, u"Thank you, that is helpful."_s); // FG1 facilitator
    EXPECT_FALSE(project().countsFacilitators());
    CodeCounts counts = project().codeCounts().value(access);
    EXPECT_EQ(counts.codings, 3);
    EXPECT_EQ(counts.documents, 1);
    EXPECT_EQ(counts.speakers, 1);
    const CodeCounts viaRetrieval = Retrieval(project()).countsForCode(access);
    EXPECT_EQ(viaRetrieval.codings, 3);
    EXPECT_EQ(viaRetrieval.documents, 1);
    EXPECT_EQ(viaRetrieval.speakers, 1);

    TESSERA_ASSERT_OK(project().setCountsFacilitators(true));
    EXPECT_TRUE(project().countsFacilitators());
    counts = project().codeCounts().value(access);
    EXPECT_EQ(counts.codings, 3);
    EXPECT_EQ(counts.documents, 2);
    EXPECT_EQ(counts.speakers, 3);
    EXPECT_EQ(Retrieval(project()).countsForCode(access).speakers, 3);

    // The setting is stored in the project and undoable like any other change.
    reopen();
    EXPECT_TRUE(project().countsFacilitators());
    TESSERA_ASSERT_OK(project().setCountsFacilitators(false));
    EXPECT_EQ(project().codeCounts().value(access).documents, 1);
    TESSERA_ASSERT_OK(project().undo());
    EXPECT_TRUE(project().countsFacilitators());
}

TEST_F(ParticipantsTest, reportPrevalence_followsFacilitatorSetting)
{
    const CodeId access = addCode(u"Access"_s);
    const ThemeId theme = addTheme(u"Reach"_s);
    TESSERA_ASSERT_OK(project().linkCodeToTheme(access, theme));
    codeQuote(fg1, access, u"Video calls let me see"_s);     // FG1 P1
    codeQuote(fg2, access, u"How did video calls change"_s); // FG2 facilitator only

    ThemeSummaryReport report = buildThemeSummary(project());
    ASSERT_EQ(report.themes.size(), 1);
    Prevalence p = report.themes.first().prevalence;
    EXPECT_EQ(p.excerpts, 2);
    EXPECT_EQ(p.documents, 1);
    EXPECT_EQ(p.groups, 1);
    EXPECT_EQ(p.participants, 1);
    EXPECT_EQ(p.totalParticipants, 4); // P1 and P2 in each group

    TESSERA_ASSERT_OK(project().setCountsFacilitators(true));
    report = buildThemeSummary(project());
    p = report.themes.first().prevalence;
    EXPECT_EQ(p.documents, 2);
    EXPECT_EQ(p.groups, 2);
    EXPECT_EQ(p.participants, 2);
    EXPECT_EQ(p.totalParticipants, 6);
    EXPECT_EQ(report.participantCount, 6);
}

TEST_F(ParticipantsTest, themeSummaryQuotes_showPseudonymNotLabel)
{
    const CodeId access = addCode(u"Access"_s);
    const ThemeId theme = addTheme(u"Reach"_s);
    TESSERA_ASSERT_OK(project().linkCodeToTheme(access, theme));
    codeQuote(fg1, access, u"Video calls let me see"_s, std::nullopt, true);
    codeQuote(fg2, access, u"no data or devices"_s);
    TESSERA_ASSERT_OK(project().applySpeakerLinks(
        {SpeakerLink{speakerNamed(fg1, u"P1"_s), SpeakerRole::Participant, u"Dana"_s}}));
    const ThemeSummaryReport report = buildThemeSummary(project());
    ASSERT_EQ(report.themes.size(), 1);
    ASSERT_EQ(report.themes.first().quotes.size(), 2);
    EXPECT_EQ(report.themes.first().quotes[0].speaker, u"Dana"_s);
    EXPECT_EQ(report.themes.first().quotes[1].speaker, u"P2"_s); // unlinked: the label
}

TEST_F(ParticipantsTest, changeSignals_nameAttributesAndSpeakers)
{
    QList<ProjectChanges> seen;
    QObject receiver;
    QObject::connect(&project(), &Project::changed, &receiver,
                     [&](ProjectChanges what) { seen << what; });
    const ParticipantId dana = unwrap(project().addParticipant(u"Dana"_s));
    AttributeDefinition role;
    role.name = u"Role"_s;
    TESSERA_ASSERT_OK(project().defineAttribute(role));
    TESSERA_ASSERT_OK(project().setParticipantAttribute(dana, u"Role"_s, u"Manager"_s));
    ASSERT_EQ(seen.size(), 3);
    EXPECT_TRUE(seen[0].testFlag(ProjectChange::Speakers));
    EXPECT_TRUE(seen[1].testFlag(ProjectChange::Attributes));
    EXPECT_TRUE(seen[2].testFlag(ProjectChange::Attributes));
    EXPECT_FALSE(seen[2].testFlag(ProjectChange::Codings));
}

} // namespace
} // namespace tessera::test
