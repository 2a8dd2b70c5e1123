#include "agreement/CohenKappa.h"

#include "AgreementTestSupport.h"
#include "agreement/CharacterAgreement.h"

#include <gtest/gtest.h>

namespace tessera::agreement {
namespace {

using test::hasValue;
using test::isUndefined;

// Vector C1 (Wikipedia): rows = coder 1.
TEST(CohenKappa, C1WikipediaTwoByTwoIsExactlyPointFour)
{
    const AgreementValue k = cohenKappa(ContingencyTable{{20, 5}, {10, 15}});
    EXPECT_TRUE(hasValue(k, 0.4));
    // p_o = 35/50, p_e = (25*30 + 25*20)/2500 = 0.5
    EXPECT_NEAR(*k.observedAgreement(), 0.7, test::kTolerance);
    EXPECT_NEAR(*k.expectedAgreement(), 0.5, test::kTolerance);
}

// Vector C4 (Cohen 1960, p. 45).
TEST(CohenKappa, C4Cohen1960ThreeCategories)
{
    const ContingencyTable table{{88, 14, 18}, {10, 40, 10}, {2, 6, 12}};
    EXPECT_TRUE(hasValue(cohenKappa(table), 29.0 / 59.0));
    EXPECT_NEAR(*cohenKappa(table).value, 0.4915254, 5e-8);
}

// Hand-derived: [[1,1],[0,2]]: p_o = 3/4, rows 2,2, columns 1,3, p_e = (2+6)/16 = 1/2,
// kappa = (3/4 - 1/2) / (1/2) = 1/2.
TEST(CohenKappa, HandDerivedTwoByTwo)
{
    EXPECT_TRUE(hasValue(cohenKappa(BinaryTable{1, 1, 0, 2}), 0.5));
}

// Hand-derived: the coders never agree on balanced margins: p_o = 0, p_e = 1/2, kappa = -1.
TEST(CohenKappa, SystematicDisagreementIsMinusOne)
{
    EXPECT_TRUE(hasValue(cohenKappa(ContingencyTable{{0, 2}, {2, 0}}), -1.0));
}

// Hand-derived 3x3 with an unused category: (0,0), (1,1), (2,1): p_o = 2/3,
// p_e = (1*1 + 1*2 + 1*0)/9 = 1/3, kappa = (1/3)/(2/3) = 1/2.
TEST(CohenKappa, UnusedCategoryDoesNotChangeKappa)
{
    EXPECT_TRUE(hasValue(cohenKappa(ContingencyTable{{1, 0, 0}, {0, 1, 0}, {0, 1, 0}}), 0.5));
}

TEST(CohenKappa, OneCategoryForEverythingIsUndefinedNotOne)
{
    const AgreementValue k = cohenKappa(ContingencyTable{{7, 0}, {0, 0}});
    EXPECT_TRUE(isUndefined(k, "no variation"));
    ASSERT_TRUE(k.observedDisagreement.has_value());
    EXPECT_EQ(*k.observedDisagreement, 0.0);
    EXPECT_EQ(*k.expectedDisagreement, 0.0);
}

TEST(CohenKappa, EmptyAndMalformedTablesAreUndefinedWithReason)
{
    EXPECT_TRUE(isUndefined(cohenKappa(ContingencyTable{{0, 0}, {0, 0}}), "no units"));
    EXPECT_TRUE(isUndefined(cohenKappa(ContingencyTable{{1, 2}, {3}}), "invalid table"));
    EXPECT_TRUE(isUndefined(cohenKappa(ContingencyTable{{1, -2}, {3, 4}}), "invalid table"));
}

// Vector N1 (NVivo's help): 1000 characters, 50 coded by both, 150 by exactly one, 800 by
// neither -> agreement 0.85; with A-only 100 and B-only 50 -> kappa 7/22.
TEST(CharacterAgreement, N1NvivoHelpExample)
{
    const CharacterAgreement n1 = characterAgreement(BinaryTable{50, 100, 50, 800});
    EXPECT_TRUE(hasValue(n1.percentAgreement, 0.85));
    EXPECT_TRUE(hasValue(n1.kappa, 7.0 / 22.0));
    EXPECT_NEAR(*n1.kappa.value, 0.318182, 5e-7);
    // The split of the 150 does not change percent agreement.
    EXPECT_TRUE(hasValue(characterAgreement(BinaryTable{50, 75, 75, 800}).percentAgreement, 0.85));
}

// The same N1 table, built from coded ranges on a 1000-character text.
TEST(CharacterAgreement, N1FromRanges)
{
    // A codes [0,150), B codes [100,200): both [100,150) = 50, A only 100, B only 50.
    const Result<BinaryTable> table = characterTable(1000, {{0, 150}}, {{100, 200}});
    ASSERT_TRUE(table.ok()) << table.error().message.toStdString();
    EXPECT_EQ(*table, (BinaryTable{50, 100, 50, 800}));
    EXPECT_TRUE(hasValue(characterAgreement(*table).kappa, 7.0 / 22.0));
}

// Hand-derived: 20 characters; A codes [0,5) and [3,8) (overlapping: [0,8) once), B [6,12).
// both [6,8) = 2, A only 6, B only 4, neither 8; p_o = 10/20, p_e = (8*6 + 12*14)/400 = 0.54,
// kappa = (0.5 - 0.54) / 0.46 = -2/23.
TEST(CharacterAgreement, OverlappingCodingsOfOneCoderCountEachCharacterOnce)
{
    const Result<BinaryTable> table = characterTable(20, {{0, 5}, {3, 8}}, {{6, 12}});
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(*table, (BinaryTable{2, 6, 4, 8}));
    const CharacterAgreement a = characterAgreement(*table);
    EXPECT_TRUE(hasValue(a.percentAgreement, 0.5));
    EXPECT_TRUE(hasValue(a.kappa, -2.0 / 23.0));
}

TEST(CharacterAgreement, NobodyCodedIsFullAgreementAndUndefinedKappa)
{
    const Result<BinaryTable> table = characterTable(300, {}, {});
    ASSERT_TRUE(table.ok());
    const CharacterAgreement a = characterAgreement(*table);
    EXPECT_TRUE(hasValue(a.percentAgreement, 1.0));
    EXPECT_TRUE(isUndefined(a.kappa, "no coding"));
}

TEST(CharacterAgreement, EmptyTextIsUndefined)
{
    const CharacterAgreement a = characterAgreement(BinaryTable{});
    EXPECT_TRUE(isUndefined(a.percentAgreement, "no characters"));
    EXPECT_TRUE(isUndefined(a.kappa, "no characters"));
}

// Pooled = the sum of the documents' tables, not the mean of their kappas.
// Document 1: {10, 0, 0, 90} (kappa 1); document 2: {0, 5, 5, 90} (kappa = (0.9 - 0.905)/0.095).
// Pooled {10, 5, 5, 180}: p_o = 190/200 = 0.95, p_e = (15*15 + 185*185)/40000 = 0.86125,
// kappa = 0.08875/0.13875 = 71/111.
TEST(CharacterAgreement, PooledSumsTheTables)
{
    BinaryTable pooled = BinaryTable{10, 0, 0, 90};
    pooled += BinaryTable{0, 5, 5, 90};
    EXPECT_EQ(pooled, (BinaryTable{10, 5, 5, 180}));
    const CharacterAgreement a = characterAgreement(pooled);
    EXPECT_TRUE(hasValue(a.percentAgreement, 0.95));
    EXPECT_TRUE(hasValue(a.kappa, 71.0 / 111.0));
}

TEST(CharacterAgreement, RangesOutsideTheTextAreRefused)
{
    const Result<BinaryTable> outside = characterTable(10, {{5, 11}}, {});
    ASSERT_FALSE(outside.ok());
    EXPECT_EQ(outside.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(outside.error().message.contains(u"[5, 11)"));
    EXPECT_FALSE(characterTable(10, {}, {{4, 2}}).ok());
}

} // namespace
} // namespace tessera::agreement
