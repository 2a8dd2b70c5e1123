#include "agreement/ProjectAgreement.h"

#include "AgreementTestSupport.h"
#include "ProjectFixture.h"
#include "agreement/Disagreements.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera::test {
namespace {

using agreement::BinaryTable;
using agreement::test::hasValue;
using agreement::test::isUndefined;

// Two focus groups with the same layout (title "FG"/"FH", four turns of ten letters):
//   "FG\n\n" 0-3 | "P1: " 4-7, turn 0 [8,18)  | "P2: " 20-23, turn 1 [24,34)
//   "P1: " 36-39, turn 2 [40,50) | "P2: " 52-55, turn 3 [56,66) | final "\n" 66 -> length 67.
// Ann and Ben code them independently:
//   doc 1  Isolation  Ann [8,18) [40,45)    Ben [8,14) [56,66)
//          Access     Ann [24,34)           Ben [24,34) [0,2) (the title: outside every turn)
//   doc 2  Isolation  nobody                Access  Ann [8,18)
class ProjectAgreementTest : public ProjectTest {
protected:
    void SetUp() override
    {
        ProjectTest::SetUp();
        doc1 = addDocument(u"FG1"_s, transcript(u"FG"_s));
        doc2 = addDocument(u"FG2"_s, transcript(u"FH"_s));
        isolation = addCode(u"Isolation"_s);
        access = addCode(u"Access"_s);
        ann = addCoder(u"Ann"_s);
        ben = addCoder(u"Ben"_s);
        addCoding(doc1, isolation, 8, 18, ann);
        addCoding(doc1, isolation, 40, 45, ann);
        addCoding(doc1, isolation, 8, 14, ben);
        addCoding(doc1, isolation, 56, 66, ben);
        addCoding(doc1, access, 24, 34, ann);
        addCoding(doc1, access, 24, 34, ben);
        addCoding(doc1, access, 0, 2, ben);
        addCoding(doc2, access, 8, 18, ann);
    }

    static ImportedDocument transcript(const QString& title)
    {
        return TranscriptBuilder()
            .line(title)
            .turn(u"P1"_s, u"aaaaaaaaaa"_s)
            .turn(u"P2"_s, u"bbbbbbbbbb"_s)
            .turn(u"P1"_s, u"cccccccccc"_s)
            .turn(u"P2"_s, u"dddddddddd"_s)
            .build();
    }

    AgreementReport compute(AgreementOptions options)
    {
        if (options.coders.isEmpty()) {
            options.coders = {ann, ben};
        }
        return unwrap(computeAgreement(project(), options), "computeAgreement");
    }

    DocumentId doc1;
    DocumentId doc2;
    CodeId isolation;
    CodeId access;
    CoderId ann;
    CoderId ben;
};

TEST_F(ProjectAgreementTest, LayoutIsWhatTheHandDerivationsAssume)
{
    EXPECT_EQ(project().documentText(doc1).size(), 67);
    const QList<Turn> turns = project().turns(doc2);
    ASSERT_EQ(turns.size(), 4);
    EXPECT_EQ(turns[0].start, 8);
    EXPECT_EQ(turns[1].start, 24);
    EXPECT_EQ(turns[2].start, 40);
    EXPECT_EQ(turns[3].end, 66);
}

// Character level, by hand (a_yes*b_yes + a_no*b_no over N^2 is p_e):
//   doc 1 Isolation: Ann 15, Ben 16, both [8,14) = 6 -> {6, 9, 10, 42}; percent 48/67;
//     p_e = (15*16 + 52*51)/67^2 = 2892/4489; kappa = (48*67 - 2892)/(4489 - 2892) = 324/1597.
//   doc 1 Access: {10, 0, 2, 55}; percent 65/67; p_e = (10*12 + 57*55)/4489 = 3255/4489;
//     kappa = (4355 - 3255)/(4489 - 3255) = 550/617.
//   doc 2 Isolation: nobody coded -> percent 1, kappa undefined (no coding).
//   doc 2 Access: {0, 10, 0, 57}; p_o = p_e = 57/67 -> kappa 0.
//   pooled Isolation {6, 9, 10, 109}: percent 115/134; p_e = (15*16 + 119*118)/134^2;
//     kappa = (115*134 - 14282)/(17956 - 14282) = 564/1837.
//   pooled Access {10, 10, 2, 112}: percent 122/134; p_e = (20*12 + 114*122)/17956;
//     kappa = (16348 - 14148)/(17956 - 14148) = 275/476.
TEST_F(ProjectAgreementTest, CharacterLevelPerDocumentAndPooled)
{
    const AgreementReport r = compute({});
    EXPECT_EQ(r.unit, AgreementOptions::Unit::Character);
    EXPECT_EQ(r.coders, (QStringList{u"Ann"_s, u"Ben"_s}));
    EXPECT_EQ(r.characters, 134);
    ASSERT_EQ(r.perCode.size(), 2); // every code someone applied, in tree order
    const CodeAgreement& iso = r.perCode[0];
    const CodeAgreement& acc = r.perCode[1];
    EXPECT_EQ(iso.path, u"Isolation"_s);
    EXPECT_EQ(acc.path, u"Access"_s);
    EXPECT_EQ(*iso.table, (BinaryTable{6, 9, 10, 109}));
    EXPECT_TRUE(hasValue(*iso.percentAgreement, 115.0 / 134.0));
    EXPECT_TRUE(hasValue(*iso.cohenKappa, 564.0 / 1837.0));
    EXPECT_EQ(*acc.table, (BinaryTable{10, 10, 2, 112}));
    EXPECT_TRUE(hasValue(*acc.percentAgreement, 122.0 / 134.0));
    EXPECT_TRUE(hasValue(*acc.cohenKappa, 275.0 / 476.0));
    // Turn and unitized figures do not apply at character level.
    EXPECT_FALSE(iso.alpha.has_value());
    EXPECT_FALSE(iso.fleissKappa.has_value());
    EXPECT_FALSE(iso.uAlpha.has_value());
    EXPECT_TRUE(iso.undefinedReason().isEmpty());

    ASSERT_EQ(r.documents.size(), 2);
    const DocumentAgreement& d1 = r.documents[0];
    const DocumentAgreement& d2 = r.documents[1];
    EXPECT_EQ(d1.name, u"FG1"_s);
    EXPECT_EQ(d1.codes[0].table, (BinaryTable{6, 9, 10, 42}));
    EXPECT_TRUE(hasValue(d1.codes[0].percentAgreement, 48.0 / 67.0));
    EXPECT_TRUE(hasValue(d1.codes[0].cohenKappa, 324.0 / 1597.0));
    EXPECT_TRUE(hasValue(d1.codes[1].cohenKappa, 550.0 / 617.0));
    EXPECT_TRUE(hasValue(d2.codes[0].percentAgreement, 1.0));
    EXPECT_TRUE(isUndefined(d2.codes[0].cohenKappa, "no coding"));
    EXPECT_TRUE(hasValue(d2.codes[1].percentAgreement, 57.0 / 67.0));
    EXPECT_TRUE(hasValue(d2.codes[1].cohenKappa, 0.0));
}

// Turn level, by hand over the 8 turns (a coder applies a code to a turn when a coding overlaps
// it; Ben's [0,2) lies in the title and touches no turn):
//   Isolation  Ann: t0, t2 of doc 1; Ben: t0, t3 of doc 1 -> both 1, Ann only 1, Ben only 1,
//     neither 5. Percent 6/8. Cohen: p_e = (2*2 + 6*6)/64 = 0.625, kappa = 0.125/0.375 = 1/3.
//     Alpha: o_11 = 2, o_00 = 10, o_10 = o_01 = 2; n_1 = 4, n_0 = 12; 1 - 15*4/(2*48) = 3/8.
//   Access  Ann: doc 1 t1, doc 2 t0; Ben: doc 1 t1 -> both 1, Ann only 1, neither 6.
//     Percent 7/8. Cohen: p_e = (2*1 + 6*7)/64 = 44/64, kappa = (56 - 44)/(64 - 44) = 0.6.
//     Alpha: o_11 = 2, o_00 = 12, o_10 = o_01 = 1; n_1 = 3, n_0 = 13; 1 - 15*2/(2*39) = 8/13.
TEST_F(ProjectAgreementTest, TurnLevelTwoCoders)
{
    AgreementOptions options;
    options.unit = AgreementOptions::Unit::Turn;
    const AgreementReport r = compute(options);
    EXPECT_EQ(r.turns, 8);
    ASSERT_EQ(r.perCode.size(), 2);
    const CodeAgreement& iso = r.perCode[0];
    EXPECT_EQ(iso.units, 8);
    EXPECT_TRUE(hasValue(*iso.percentAgreement, 0.75));
    EXPECT_TRUE(hasValue(*iso.cohenKappa, 1.0 / 3.0));
    EXPECT_TRUE(hasValue(*iso.alpha, 0.375));
    EXPECT_FALSE(iso.fleissKappa.has_value()); // two coders
    EXPECT_FALSE(iso.table.has_value());
    const CodeAgreement& acc = r.perCode[1];
    EXPECT_TRUE(hasValue(*acc.percentAgreement, 7.0 / 8.0));
    EXPECT_TRUE(hasValue(*acc.cohenKappa, 0.6));
    EXPECT_TRUE(hasValue(*acc.alpha, 8.0 / 13.0));
    // The title coding is reported as left out, not silently dropped.
    EXPECT_TRUE(r.notes.join(u'\n').contains(u"1 coding(s) lie outside every speaker turn"_s))
        << r.notes.join(u'\n').toStdString();
}

// Only doc 1: Isolation per turn Ann (1,0,1,0), Ben (1,0,0,1): both 1, each alone 1, neither 1.
// Percent 1/2; Cohen p_e = (2*2 + 2*2)/16 = 1/2 -> kappa 0; alpha: o_11 = o_00 = o_10 = o_01 = 2,
// n_0 = n_1 = 4, 1 - 7*4/(2*16) = 1/8.
TEST_F(ProjectAgreementTest, TurnLevelOneDocumentAndOneCode)
{
    AgreementOptions options;
    options.unit = AgreementOptions::Unit::Turn;
    options.codes = {isolation};
    options.documents = {doc1};
    const AgreementReport r = compute(options);
    ASSERT_EQ(r.perCode.size(), 1);
    EXPECT_TRUE(hasValue(*r.perCode[0].percentAgreement, 0.5));
    EXPECT_TRUE(hasValue(*r.perCode[0].cohenKappa, 0.0));
    EXPECT_TRUE(hasValue(*r.perCode[0].alpha, 0.125));
}

// Domain {Isolation, Access} on doc 1. Per turn, Ann: Iso, Acc, Iso, -; Ben: Iso, Acc, -, Iso.
// Pairable: t0 (Iso, Iso), t1 (Acc, Acc) -> no disagreement, alpha 1. Cohen needs both values on
// every turn: 2 turns miss one.
TEST_F(ProjectAgreementTest, TurnLevelDomainWithMissingValues)
{
    AgreementOptions options;
    options.unit = AgreementOptions::Unit::Turn;
    options.domain = {isolation, access};
    options.documents = {doc1};
    const AgreementReport r = compute(options);
    ASSERT_TRUE(r.domain.has_value());
    EXPECT_EQ(r.domain->paths, (QStringList{u"Isolation"_s, u"Access"_s}));
    EXPECT_TRUE(hasValue(*r.domain->alpha, 1.0));
    EXPECT_TRUE(isUndefined(*r.domain->cohenKappa, "missing values: 2 turn(s)"));
    EXPECT_FALSE(r.domain->fleissKappa.has_value());
    EXPECT_FALSE(r.domain->uAlpha.has_value()); // unitized figures do not apply
    EXPECT_TRUE(r.conflicts.isEmpty());
    EXPECT_EQ(r.perCode.size(), 2); // no codes asked for: the domain's codes, one by one
}

// Ann also codes Access inside turn 0, where she already coded Isolation: a conflict. Her value
// for turn 0 becomes missing; pairable turns are then only t1 (Acc, Acc) -> one category, no
// variation.
TEST_F(ProjectAgreementTest, DomainConflictIsReportedAndCountedAsMissing)
{
    const CodingId extra = addCoding(doc1, access, 10, 12, ann);
    ASSERT_TRUE(extra.isValid());
    AgreementOptions options;
    options.unit = AgreementOptions::Unit::Turn;
    options.domain = {isolation, access};
    options.documents = {doc1};
    const AgreementReport r = compute(options);
    ASSERT_EQ(r.conflicts.size(), 1);
    const DomainConflict& c = r.conflicts[0];
    EXPECT_EQ(c.coderName, u"Ann"_s);
    EXPECT_EQ(c.documentName, u"FG1"_s);
    EXPECT_EQ(c.turnIndex, 0);
    EXPECT_EQ(c.start, 8);
    EXPECT_EQ(c.end, 18);
    EXPECT_EQ(c.paths, (QStringList{u"Isolation"_s, u"Access"_s}));
    EXPECT_TRUE(isUndefined(*r.domain->alpha, "no variation"));
    EXPECT_FALSE(r.domain->undefinedReason().isEmpty());
}

TEST_F(ProjectAgreementTest, ThreeCodersAtTurnLevelUseFleiss)
{
    const CoderId cat = addCoder(u"Cat"_s);
    addCoding(doc1, isolation, 8, 18, cat);
    AgreementOptions options;
    options.unit = AgreementOptions::Unit::Turn;
    options.coders = {ann, ben, cat};
    options.codes = {isolation};
    options.documents = {doc1};
    // Per turn (Ann, Ben, Cat): t0 (1,1,1), t1 (0,0,0), t2 (1,0,0), t3 (0,1,0).
    // Percent: AB 2/4, AC 3/4, BC 3/4 -> 2/3. Fleiss: P_i = 1, 1, 1/3, 1/3 -> P = 2/3;
    // p_1 = 5/12, p_0 = 7/12, P_e = 74/144; kappa = (96 - 74)/(144 - 74) = 11/35.
    const AgreementReport r = compute(options);
    EXPECT_EQ(r.coders, (QStringList{u"Ann"_s, u"Ben"_s, u"Cat"_s}));
    const CodeAgreement& iso = r.perCode[0];
    EXPECT_FALSE(iso.cohenKappa.has_value());
    EXPECT_TRUE(hasValue(*iso.percentAgreement, 2.0 / 3.0));
    EXPECT_TRUE(hasValue(*iso.fleissKappa, 11.0 / 35.0));
}

// A code asked for that nobody applied: percent agreement 1, every kappa and alpha undefined
// for the one reason, given once.
TEST_F(ProjectAgreementTest, CodeNobodyAppliedHasOneReason)
{
    const CodeId unused = addCode(u"Unused"_s);
    AgreementOptions options;
    options.unit = AgreementOptions::Unit::Turn;
    options.codes = {unused};
    const AgreementReport r = compute(options);
    ASSERT_EQ(r.perCode.size(), 1);
    EXPECT_TRUE(hasValue(*r.perCode[0].percentAgreement, 1.0));
    EXPECT_TRUE(isUndefined(*r.perCode[0].cohenKappa, "no coding"));
    EXPECT_TRUE(isUndefined(*r.perCode[0].alpha, "no coding"));
    EXPECT_EQ(r.perCode[0].undefinedReason(), r.perCode[0].alpha->undefinedReason);
}

// Doc 1's disagreements, with the turns they fall in. Isolation: Ann [8,18) [40,45), Ben [8,14)
// [56,66) -> [56,66) (turn 3, Ben), [40,45) (turn 2, Ann), [14,18) (turn 0, Ann). Access: Ben's
// title coding [0,2), in no turn.
TEST_F(ProjectAgreementTest, DisagreementsNameTurnsAndCodings)
{
    const auto list = unwrap(disagreements(project(), {ann, ben}, {}, {doc1}));
    ASSERT_EQ(list.size(), 4);
    EXPECT_EQ(list[0].start, 56);
    EXPECT_EQ(list[0].end, 66);
    EXPECT_EQ(list[0].codePath, u"Isolation"_s);
    EXPECT_EQ(list[0].turns, QList<int>{3});
    EXPECT_EQ(list[0].coders[0].coderName, u"Ann"_s);
    EXPECT_FALSE(list[0].coders[0].coded);
    EXPECT_TRUE(list[0].coders[1].coded);
    EXPECT_EQ(project().coding(list[0].coders[1].codings.value(0))->start, 56);
    EXPECT_EQ(list[1].start, 40);
    EXPECT_EQ(list[1].turns, QList<int>{2});
    EXPECT_EQ(list[2].start, 14);
    EXPECT_EQ(list[2].end, 18);
    EXPECT_EQ(list[2].turns, QList<int>{0});
    // Ben's [8,14) does not reach [14,18): only Ann's coding is behind this one.
    EXPECT_EQ(list[2].coders[0].codings.size(), 1);
    EXPECT_TRUE(list[2].coders[1].codings.isEmpty());
    EXPECT_EQ(list[3].codePath, u"Access"_s);
    EXPECT_EQ(list[3].end, 2);
    EXPECT_TRUE(list[3].turns.isEmpty());
}

TEST_F(ProjectAgreementTest, BadOptionsAreRefusedWithReasons)
{
    AgreementOptions one;
    one.coders = {ann};
    EXPECT_EQ(errorCode(computeAgreement(project(), one)), ErrorCode::InvalidInput);

    AgreementOptions twice;
    twice.coders = {ann, ann};
    EXPECT_EQ(errorCode(computeAgreement(project(), twice)), ErrorCode::InvalidInput);

    const CoderId cat = addCoder(u"Cat"_s);
    AgreementOptions three;
    three.coders = {ann, ben, cat};
    const auto refused = computeAgreement(project(), three); // character level: two coders
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(u"exactly two coders"_s));

    AgreementOptions unknownCode;
    unknownCode.coders = {ann, ben};
    unknownCode.codes = {CodeId(999)};
    EXPECT_EQ(errorCode(computeAgreement(project(), unknownCode)), ErrorCode::NotFound);

    AgreementOptions unknownCoder;
    unknownCoder.coders = {ann, CoderId(999)};
    EXPECT_EQ(errorCode(computeAgreement(project(), unknownCoder)), ErrorCode::NotFound);

    AgreementOptions unknownDocument;
    unknownDocument.coders = {ann, ben};
    unknownDocument.documents = {DocumentId(999)};
    EXPECT_EQ(errorCode(computeAgreement(project(), unknownDocument)), ErrorCode::NotFound);

    AgreementOptions lonelyDomain;
    lonelyDomain.coders = {ann, ben};
    lonelyDomain.unit = AgreementOptions::Unit::Turn;
    lonelyDomain.domain = {isolation};
    EXPECT_EQ(errorCode(computeAgreement(project(), lonelyDomain)), ErrorCode::InvalidInput);
}

TEST(AgreementUnitNames, RoundTrip)
{
    for (auto unit : {AgreementOptions::Unit::Character, AgreementOptions::Unit::Turn,
                      AgreementOptions::Unit::Unitized}) {
        EXPECT_EQ(agreementUnitFromName(agreementUnitName(unit)), unit);
    }
    EXPECT_EQ(agreementUnitFromName(u"Character"_s), AgreementOptions::Unit::Character);
    EXPECT_FALSE(agreementUnitFromName(u"word"_s).has_value());
}

} // namespace
} // namespace tessera::test
