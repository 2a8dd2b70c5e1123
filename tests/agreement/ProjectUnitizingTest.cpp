#include "AgreementTestSupport.h"
#include "ProjectFixture.h"
#include "agreement/Disagreements.h"
#include "agreement/ProjectAgreement.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera::test {
namespace {

using agreement::test::hasValue;
using agreement::test::isUndefined;

ImportedDocument plainText(const QString& text)
{
    ImportedDocument doc;
    doc.text = text;
    return doc;
}

// Vector U1 split over two documents: laid end to end (9 + 11 = 20 characters) they are U1's
// continuum, so the domain's figures must be U1's. Coder 1: [2,8) A in doc 1, [10,15) B = doc 2
// [1,6). Coder 2: [3,8) A in doc 1; [10,13) A = doc 2 [1,4); [13,16) B = doc 2 [4,7).
class ProjectUnitizingTest : public ProjectTest {
protected:
    void SetUp() override
    {
        ProjectTest::SetUp();
        doc1 = addDocument(u"D1"_s, plainText(u"abcdefghi"_s));
        doc2 = addDocument(u"D2"_s, plainText(u"jklmnopqrst"_s));
        codeA = addCode(u"A"_s);
        codeB = addCode(u"B"_s);
        one = addCoder(u"One"_s);
        two = addCoder(u"Two"_s);
        addCoding(doc1, codeA, 2, 8, one);
        addCoding(doc2, codeB, 1, 6, one);
        addCoding(doc1, codeA, 3, 8, two);
        addCoding(doc2, codeA, 1, 4, two);
        addCoding(doc2, codeB, 4, 7, two);
    }

    AgreementReport unitized(const QList<CodeId>& domain)
    {
        AgreementOptions options;
        options.coders = {one, two};
        options.unit = AgreementOptions::Unit::Unitized;
        options.domain = domain;
        return unwrap(computeAgreement(project(), options), "computeAgreement");
    }

    DocumentId doc1;
    DocumentId doc2;
    CodeId codeA;
    CodeId codeB;
    CoderId one;
    CoderId two;
};

TEST_F(ProjectUnitizingTest, DocumentsLaidEndToEndGiveU1)
{
    const AgreementReport r = unitized({codeA, codeB});
    EXPECT_EQ(r.characters, 20);
    ASSERT_TRUE(r.domain.has_value());
    EXPECT_TRUE(hasValue(*r.domain->uAlpha, 1293.0 / 2032.0));
    EXPECT_TRUE(hasValue(*r.domain->binaryUAlpha, 3221.0 / 3960.0));
    EXPECT_TRUE(hasValue(*r.domain->cuAlpha, 17.0 / 35.0));
    ASSERT_EQ(r.domain->codeUAlpha.size(), 2);
    EXPECT_EQ(r.domain->codeUAlpha[0].path, u"A"_s);
    EXPECT_TRUE(hasValue(r.domain->codeUAlpha[0].value, 580.0 / 1183.0));
    EXPECT_TRUE(hasValue(r.domain->codeUAlpha[1].value, 304.0 / 637.0));
    EXPECT_FALSE(r.domain->alpha.has_value()); // turn figures do not apply
    EXPECT_TRUE(r.overlaps.isEmpty());
}

// Each code alone against the gaps (L = 20, m = 2):
//   A: coder 1 [2,8); coder 2 [3,8), [10,13). Both orders of the pair: l_gg = 22, l_AA = 10,
//     l_Ag = l_gA = 4; l_g. = 26, l_A. = 14; S_A = 36 + 25 + 9 = 70, S_gap = 14 + 12 = 26;
//     u-alpha = 1 - 8 (40 - 96/40) / (2*26*14) = 267/455.
//   B: coder 1 [10,15); coder 2 [13,16). l_gg = 28, l_BB = 4, l_Bg = l_gB = 4; l_g. = 32,
//     l_B. = 8; S_B = 25 + 9 = 34, S_gap = 15 + 17 = 32; u-alpha = 1 - 8 (40 - 66/40)/512
//     = 513/1280.
TEST_F(ProjectUnitizingTest, PerCodeUAlphaIsTheCodeAgainstGaps)
{
    const AgreementReport r = unitized({});
    ASSERT_EQ(r.perCode.size(), 2);
    EXPECT_EQ(r.perCode[0].units, 20);
    EXPECT_TRUE(hasValue(*r.perCode[0].uAlpha, 267.0 / 455.0));
    EXPECT_TRUE(hasValue(*r.perCode[1].uAlpha, 513.0 / 1280.0));
    EXPECT_FALSE(r.perCode[0].percentAgreement.has_value());
    EXPECT_FALSE(r.perCode[0].cohenKappa.has_value());
    EXPECT_FALSE(r.domain.has_value());
}

TEST_F(ProjectUnitizingTest, IdenticalCodingsGiveOneForEveryAlpha)
{
    const CoderId copy = addCoder(u"Copy"_s);
    for (const Coding& c : project().codings(CodingFilter{{}, {}, false, one})) {
        addCoding(c.documentId, c.codeId, c.start, c.end, copy);
    }
    AgreementOptions options;
    options.coders = {one, copy};
    options.unit = AgreementOptions::Unit::Unitized;
    options.domain = {codeA, codeB};
    const AgreementReport r = unwrap(computeAgreement(project(), options));
    EXPECT_TRUE(hasValue(*r.domain->uAlpha, 1.0));
    EXPECT_TRUE(hasValue(*r.domain->binaryUAlpha, 1.0));
    EXPECT_TRUE(hasValue(*r.domain->cuAlpha, 1.0));
    EXPECT_TRUE(hasValue(r.domain->codeUAlpha[0].value, 1.0));
    EXPECT_TRUE(hasValue(r.domain->codeUAlpha[1].value, 1.0));
    EXPECT_TRUE(hasValue(*r.perCode[0].uAlpha, 1.0));
}

TEST_F(ProjectUnitizingTest, NothingCodedIsUndefinedWithReason)
{
    const CoderId idle1 = addCoder(u"Idle 1"_s);
    const CoderId idle2 = addCoder(u"Idle 2"_s);
    AgreementOptions options;
    options.coders = {idle1, idle2};
    options.unit = AgreementOptions::Unit::Unitized;
    options.domain = {codeA, codeB};
    const AgreementReport r = unwrap(computeAgreement(project(), options));
    EXPECT_TRUE(isUndefined(*r.domain->uAlpha, "nothing coded"));
    EXPECT_TRUE(isUndefined(*r.domain->cuAlpha, "nothing coded"));
    EXPECT_TRUE(isUndefined(*r.perCode[0].uAlpha, "nothing coded"));
    EXPECT_FALSE(r.perCode[0].undefinedReason().isEmpty());
}

// Coder one also codes B on [5,9) of doc 1, overlapping her A unit [2,8): the domain's figures
// are refused (undefined, with the overlap listed); A alone and B alone have no overlap.
TEST_F(ProjectUnitizingTest, OverlapWithinTheDomainIsListedAndRefused)
{
    const CodingId overlapping = addCoding(doc1, codeB, 5, 9, one);
    const AgreementReport r = unitized({codeA, codeB});
    ASSERT_EQ(r.overlaps.size(), 1);
    const UnitOverlapError& o = r.overlaps[0];
    EXPECT_EQ(o.coderName, u"One"_s);
    EXPECT_EQ(o.documentName, u"D1"_s);
    EXPECT_EQ(o.second, overlapping);
    EXPECT_EQ(o.firstPath, u"A"_s);
    EXPECT_EQ(o.secondPath, u"B"_s);
    EXPECT_EQ(o.start, 5); // document positions, not continuum positions
    EXPECT_EQ(o.end, 8);
    EXPECT_TRUE(isUndefined(*r.domain->uAlpha, "overlapping units: 1 pair(s)"));
    EXPECT_TRUE(isUndefined(*r.domain->cuAlpha, "overlapping units"));
    EXPECT_TRUE(isUndefined(r.domain->codeUAlpha[0].value, "overlapping units"));
    EXPECT_TRUE(r.perCode[0].uAlpha->isDefined());
}

// Disagreements of the U1 codings. Coverage per code and document:
//   A doc 1: One [2,8), Two [3,8) -> [2,3) One only.
//   A doc 2: Two [1,4) -> [1,4) Two only.      B doc 2: One [1,6), Two [4,7) -> [1,4), [6,7).
// Largest first; equal lengths in document, then position, then code order.
TEST_F(ProjectUnitizingTest, DisagreementsLargestFirstWithWhoCodedWhat)
{
    const auto list = unwrap(disagreements(project(), {one, two}));
    ASSERT_EQ(list.size(), 4);
    EXPECT_EQ(list[0].codePath, u"A"_s); // doc 2 [1,4), before B's [1,4) by code order
    EXPECT_EQ(list[0].documentName, u"D2"_s);
    EXPECT_EQ(list[0].start, 1);
    EXPECT_EQ(list[0].end, 4);
    ASSERT_EQ(list[0].coders.size(), 2);
    EXPECT_FALSE(list[0].coders[0].coded);
    EXPECT_TRUE(list[0].coders[1].coded);
    EXPECT_EQ(list[0].coders[1].codings.size(), 1);
    EXPECT_EQ(list[1].codePath, u"B"_s);
    EXPECT_EQ(list[1].length(), 3);
    EXPECT_TRUE(list[1].coders[0].coded);
    EXPECT_FALSE(list[1].coders[1].coded);
    EXPECT_EQ(list[2].documentName, u"D1"_s);
    EXPECT_EQ(list[2].start, 2);
    EXPECT_EQ(list[2].end, 3);
    EXPECT_EQ(list[3].start, 6);
    EXPECT_EQ(list[3].end, 7);
    EXPECT_TRUE(list[3].turns.isEmpty()); // plain text: no turns
}

// Neighbouring stretches coded by different coders form one passage: One [0,4), Two [4,8).
TEST_F(ProjectUnitizingTest, TouchingDisagreementsMergeIntoOnePassage)
{
    const CodeId hope = addCode(u"Hope"_s);
    addCoding(doc1, hope, 0, 4, one);
    addCoding(doc1, hope, 4, 8, two);
    const auto list = unwrap(disagreements(project(), {one, two}, {hope}));
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list[0].start, 0);
    EXPECT_EQ(list[0].end, 8);
    EXPECT_TRUE(list[0].coders[0].coded);
    EXPECT_TRUE(list[0].coders[1].coded);
    EXPECT_FALSE(disagreements(project(), {one}).ok());
}

} // namespace
} // namespace tessera::test
