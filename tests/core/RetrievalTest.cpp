// Retrieval: coded passages with their text, speaker, turn and counts.

#include "analysis/Retrieval.h"

#include "ProjectFixture.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera::test {
namespace {

class RetrievalTest : public ProjectTest {
protected:
    void SetUp() override
    {
        ProjectTest::SetUp();
        fg1Text = TranscriptBuilder()
                      .line(u"Focus group 1, February 2021"_s)
                      .turn(u"Facilitator"_s, u"What changed when visits moved online?"_s, 0)
                      .turn(u"P1"_s, u"I could see the kitchen but not the bruises. 😟"_s, 5000)
                      .turn(u"P2"_s, u"Teenagers answered messages at midnight."_s, 12000)
                      .turn(u"P1"_s, u"Parents liked not having us in the house."_s, 20000)
                      .build();
        fg2Text = TranscriptBuilder()
                      .turn(u"Moderator"_s, u"Tell me about data poverty."_s)
                      .turn(u"P1"_s, u"One family shared a single phone between five."_s)
                      .turn(u"P3"_s, u"We posted data cards through letterboxes."_s)
                      .build();
        fg1 = addDocument(u"FG1 Children's services"_s, fg1Text, u"Focus group 1"_s);
        fg2 = addDocument(u"FG2 Family support"_s, fg2Text, u"Focus group 2"_s);
        access = addCode(u"Access"_s);
        devices = addCode(u"Devices"_s, access);
        seeing = addCode(u"Seeing children"_s);
    }

    ImportedDocument fg1Text;
    ImportedDocument fg2Text;
    DocumentId fg1;
    DocumentId fg2;
    CodeId access;
    CodeId devices;
    CodeId seeing;
};

TEST_F(RetrievalTest, excerpt_carriesExactTextAndContext)
{
    const QString quote = u"not the bruises. 😟"_s;
    const CodingId id = codeQuote(fg1, devices, quote, std::nullopt, true, u"Safeguarding"_s);
    const Retrieval retrieval(project());
    const QList<Excerpt> excerpts = retrieval.excerpts(project().codings());
    ASSERT_EQ(excerpts.size(), 1);
    const Excerpt& e = excerpts.first();
    EXPECT_EQ(e.coding.id, id);
    EXPECT_EQ(e.text, quote);
    EXPECT_EQ(e.documentName, u"FG1 Children's services"_s);
    EXPECT_EQ(e.group, u"Focus group 1"_s);
    EXPECT_EQ(e.codePath, u"Access/Devices"_s);
    EXPECT_EQ(e.coderName, project().currentCoder()->name);
    EXPECT_EQ(e.coding.memo, u"Safeguarding"_s);
    EXPECT_TRUE(e.coding.keyQuote);
    EXPECT_EQ(e.turnIndex, 1);
    EXPECT_EQ(e.speaker, u"P1"_s);
    EXPECT_EQ(e.speakerId, speakerNamed(fg1, u"P1"_s));
    EXPECT_EQ(e.beginMs, 5000);
    EXPECT_FALSE(e.byFacilitator);
}

TEST_F(RetrievalTest, excerpt_turnIsTheFirstOneOverlapped)
{
    const QString text = fg1Text.text;
    const ImportedTurn& p1 = fg1Text.turns[1];
    const ImportedTurn& p2 = fg1Text.turns[2];
    // Across two turns: the first one wins.
    addCoding(fg1, access, p1.start + 2, p2.start + 5);
    // Starting in the label "P2: " before the speech: belongs to P2's turn.
    addCoding(fg1, seeing, p2.start - 4, p2.start + 10);
    // The title line is outside every turn.
    addCoding(fg1, devices, 0, 12);
    // Ending exactly where P1's speech starts: touches, does not overlap.
    addCoding(fg1, seeing, p1.start - 4, p1.start);

    const Retrieval retrieval(project());
    QHash<qint64, Excerpt> byCode;
    QList<Excerpt> touching;
    for (const Excerpt& e : retrieval.excerpts(project().codings())) {
        if (e.coding.end == p1.start) {
            touching << e;
        } else {
            byCode.insert(e.coding.codeId.value, e);
        }
    }
    EXPECT_EQ(byCode.value(access.value).turnIndex, 1);
    EXPECT_EQ(byCode.value(access.value).speaker, u"P1"_s);
    EXPECT_EQ(byCode.value(access.value).text, text.mid(p1.start + 2, p2.start + 3 - p1.start));
    EXPECT_EQ(byCode.value(seeing.value).turnIndex, 2);
    EXPECT_EQ(byCode.value(seeing.value).speaker, u"P2"_s);
    EXPECT_EQ(byCode.value(seeing.value).beginMs, 12000);
    const Excerpt title = byCode.value(devices.value);
    EXPECT_EQ(title.turnIndex, -1);
    EXPECT_TRUE(title.speaker.isEmpty());
    EXPECT_FALSE(title.speakerId.has_value());
    EXPECT_FALSE(title.beginMs.has_value());
    EXPECT_EQ(title.text, u"Focus group "_s);
    ASSERT_EQ(touching.size(), 1);
    EXPECT_NE(touching.first().turnIndex, 1);
}

TEST_F(RetrievalTest, excerpt_usesLinkedParticipantPseudonym)
{
    const ParticipantId dana = unwrap(project().addParticipant(u"Dana"_s));
    TESSERA_ASSERT_OK(project().linkSpeakerToParticipant(speakerNamed(fg1, u"P2"_s), dana));
    codeQuote(fg1, access, u"Teenagers answered"_s);
    codeQuote(fg1, access, u"Parents liked"_s); // P1, unlinked
    const QList<Excerpt> excerpts = Retrieval(project()).excerptsForCode(access);
    ASSERT_EQ(excerpts.size(), 2);
    EXPECT_EQ(excerpts[0].speaker, u"Dana"_s);
    EXPECT_EQ(excerpts[1].speaker, u"P1"_s);
}

TEST_F(RetrievalTest, excerpt_facilitatorFlagFollowsSpeakerRole)
{
    codeQuote(fg1, access, u"visits moved online"_s);
    codeQuote(fg2, access, u"data poverty"_s);
    codeQuote(fg2, access, u"single phone"_s);
    const QList<Excerpt> before = Retrieval(project()).excerptsForCode(access);
    ASSERT_EQ(before.size(), 3);
    EXPECT_TRUE(before[0].byFacilitator);  // "Facilitator"
    EXPECT_TRUE(before[1].byFacilitator);  // "Moderator"
    EXPECT_FALSE(before[2].byFacilitator); // "P1"

    TESSERA_ASSERT_OK(
        project().setSpeakerRole(speakerNamed(fg2, u"P1"_s), SpeakerRole::Facilitator));
    TESSERA_ASSERT_OK(
        project().setSpeakerRole(speakerNamed(fg1, u"Facilitator"_s), SpeakerRole::Participant));
    const QList<Excerpt> after = Retrieval(project()).excerptsForCode(access);
    EXPECT_FALSE(after[0].byFacilitator);
    EXPECT_TRUE(after[2].byFacilitator);
}

TEST_F(RetrievalTest, counts_codingsDocumentsAndDistinctSpeakers)
{
    codeQuote(fg1, access, u"I could see the kitchen"_s); // FG1 P1
    codeQuote(fg1, access, u"Parents liked"_s);           // FG1 P1 again
    codeQuote(fg1, access, u"visits moved online"_s);     // FG1 Facilitator
    codeQuote(fg2, access, u"One family shared"_s);       // FG2 P1: another person
    codeQuote(fg2, devices, u"data cards"_s);             // FG2 P3, child code
    const Retrieval retrieval(project());
    const CodeCounts own = retrieval.countsForCode(access);
    EXPECT_EQ(own.codings, 4);
    EXPECT_EQ(own.documents, 2);
    EXPECT_EQ(own.speakers, 2); // FG1 P1, FG2 P1; the facilitator's coding is not prevalence
    const CodeCounts withChildren = retrieval.countsForCode(access, true);
    EXPECT_EQ(withChildren.codings, 5);
    EXPECT_EQ(withChildren.speakers, 3);
    const CodeCounts none = retrieval.countsForCode(seeing);
    EXPECT_EQ(none.codings, 0);
    EXPECT_EQ(none.documents, 0);
    EXPECT_EQ(none.speakers, 0);

    TESSERA_ASSERT_OK(project().setCountsFacilitators(true));
    EXPECT_EQ(Retrieval(project()).countsForCode(access).speakers, 3); // and the facilitator

    const QHash<CodeId, CodeCounts> all = retrieval.countsForAllCodes();
    EXPECT_EQ(all.size(), 3);
    EXPECT_EQ(all.value(access).codings, 4);
    EXPECT_EQ(all.value(devices).codings, 1);
    EXPECT_TRUE(all.contains(seeing));
}

TEST_F(RetrievalTest, counts_participantLinkedInTwoDocumentsCountsOnce)
{
    codeQuote(fg1, access, u"I could see the kitchen"_s);              // FG1 P1
    codeQuote(fg2, access, u"One family shared"_s);                    // FG2 P1
    EXPECT_EQ(Retrieval(project()).countsForCode(access).speakers, 2); // two people so far

    const ParticipantId robin = unwrap(project().addParticipant(u"Robin"_s));
    TESSERA_ASSERT_OK(project().linkSpeakerToParticipant(speakerNamed(fg1, u"P1"_s), robin));
    TESSERA_ASSERT_OK(project().linkSpeakerToParticipant(speakerNamed(fg2, u"P1"_s), robin));
    const Retrieval retrieval(project());
    const CodeCounts counts = retrieval.countsForCode(access);
    EXPECT_EQ(counts.speakers, 1);
    EXPECT_EQ(counts.documents, 2);
    const QList<Excerpt> excerpts = retrieval.excerptsForCode(access);
    const auto links = retrieval.speakerParticipantLinks();
    EXPECT_EQ(Retrieval::personKey(excerpts[0], links), u"p%1"_s.arg(robin.value));
    EXPECT_EQ(Retrieval::personKey(excerpts[0], links), Retrieval::personKey(excerpts[1], links));
}

TEST_F(RetrievalTest, excerptsForTheme_includesSubthemesInDocumentOrder)
{
    const ThemeId challenges = addTheme(u"Challenges"_s);
    const ThemeId seeingTheme = addTheme(u"Seeing"_s, challenges);
    const ThemeId deeper = addTheme(u"Deeper"_s, seeingTheme);
    const ThemeId unrelated = addTheme(u"Benefits"_s);
    TESSERA_ASSERT_OK(project().linkCodeToTheme(access, challenges));
    TESSERA_ASSERT_OK(project().linkCodeToTheme(seeing, seeingTheme));
    TESSERA_ASSERT_OK(project().linkCodeToTheme(devices, deeper));
    TESSERA_ASSERT_OK(project().linkCodeToTheme(devices, unrelated));
    const CoderId sam = addCoder(u"Sam"_s);
    const CodingId a = codeQuote(fg2, access, u"single phone"_s);
    const CodingId b = codeQuote(fg1, seeing, u"bruises"_s, sam);
    const CodingId c = codeQuote(fg1, devices, u"kitchen"_s);
    const CodingId d = codeQuote(fg2, devices, u"data cards"_s, sam);

    const Retrieval retrieval(project());
    QList<CodingId> ids;
    for (const Excerpt& e : retrieval.excerptsForTheme(challenges)) {
        ids << e.coding.id;
    }
    EXPECT_EQ(ids, (QList<CodingId>{c, b, a, d}));
    ids.clear();
    for (const Excerpt& e : retrieval.excerptsForTheme(challenges, sam)) {
        ids << e.coding.id;
    }
    EXPECT_EQ(ids, (QList<CodingId>{b, d}));
    ids.clear();
    for (const Excerpt& e : retrieval.excerptsForTheme(unrelated)) {
        ids << e.coding.id;
    }
    EXPECT_EQ(ids, (QList<CodingId>{c, d}));
}

TEST_F(RetrievalTest, codesOfThemeTree_withoutRepeats)
{
    const ThemeId parent = addTheme(u"Challenges"_s);
    const ThemeId child = addTheme(u"Seeing"_s, parent);
    const ThemeId grandchild = addTheme(u"Deeper"_s, child);
    const ThemeId sibling = addTheme(u"Elsewhere"_s);
    TESSERA_ASSERT_OK(project().linkCodeToTheme(access, parent));
    TESSERA_ASSERT_OK(project().linkCodeToTheme(access, child));
    TESSERA_ASSERT_OK(project().linkCodeToTheme(seeing, child));
    TESSERA_ASSERT_OK(project().linkCodeToTheme(access, grandchild));
    TESSERA_ASSERT_OK(project().linkCodeToTheme(devices, sibling));
    const Retrieval retrieval(project());
    EXPECT_EQ(retrieval.codesOfThemeTree(parent), (QList<CodeId>{access, seeing}));
    EXPECT_EQ(retrieval.codesOfThemeTree(grandchild), QList<CodeId>{access});
    EXPECT_EQ(retrieval.codesOfThemeTree(sibling), QList<CodeId>{devices});

    // A passage coded under two codes of the theme is two codings of the theme.
    const ImportedTurn& turn = fg1Text.turns[2];
    addCoding(fg1, access, turn.start, turn.end);
    addCoding(fg1, seeing, turn.start, turn.end);
    EXPECT_EQ(retrieval.excerptsForTheme(parent).size(), 2);
}

} // namespace
} // namespace tessera::test
