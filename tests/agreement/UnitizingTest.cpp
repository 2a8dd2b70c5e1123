#include "agreement/Unitizing.h"

#include "AgreementTestSupport.h"

#include <gtest/gtest.h>

namespace tessera::agreement {
namespace {

using test::hasValue;
using test::isUndefined;

constexpr int A = 0;
constexpr int B = 1;

UnitizingResult alphas(const UnitizedData& data)
{
    Result<UnitizingResult> result = unitizingAlphas(data);
    if (!result.ok()) {
        ADD_FAILURE() << result.error().message.toStdString();
        return {};
    }
    return std::move(result).value();
}

// Vector U1: L = 20; coder 1: [2,8) A, [10,15) B; coder 2: [3,8) A, [10,13) A, [13,16) B.
TEST(Unitizing, U1FiveValues)
{
    UnitizedData data{20, 2, {{{2, 8, A}, {10, 15, B}}, {{3, 8, A}, {10, 13, A}, {13, 16, B}}}};
    const UnitizingResult r = alphas(data);
    EXPECT_TRUE(hasValue(r.uAlpha, 1293.0 / 2032.0));
    EXPECT_TRUE(hasValue(r.binaryUAlpha, 3221.0 / 3960.0));
    EXPECT_TRUE(hasValue(r.cuAlpha, 17.0 / 35.0));
    ASSERT_EQ(r.codeUAlpha.size(), 2);
    EXPECT_TRUE(hasValue(r.codeUAlpha[A], 580.0 / 1183.0));
    EXPECT_TRUE(hasValue(r.codeUAlpha[B], 304.0 / 637.0));
    EXPECT_NEAR(*r.uAlpha.value, 0.6363189, 5e-8);
    EXPECT_NEAR(*r.binaryUAlpha.value, 0.8133838, 5e-8);
    EXPECT_NEAR(*r.cuAlpha.value, 0.4857143, 5e-8);
    EXPECT_NEAR(*r.codeUAlpha[A].value, 0.4902790, 5e-8);
    EXPECT_NEAR(*r.codeUAlpha[B].value, 0.4772370, 5e-8);

    // The order in which units are listed does not matter.
    std::swap(data.coders[1][0], data.coders[1][2]);
    EXPECT_TRUE(hasValue(alphas(data).uAlpha, 1293.0 / 2032.0));
}

TEST(Unitizing, IdenticalCodingsAreOneForEveryAlpha)
{
    const QList<Unit> same{{1, 4, A}, {6, 9, B}, {9, 12, A}, {15, 18, B}};
    const UnitizingResult r = alphas(UnitizedData{20, 2, {same, same, same}});
    EXPECT_TRUE(hasValue(r.uAlpha, 1.0));
    EXPECT_TRUE(hasValue(r.binaryUAlpha, 1.0));
    EXPECT_TRUE(hasValue(r.cuAlpha, 1.0));
    EXPECT_TRUE(hasValue(r.codeUAlpha[A], 1.0));
    EXPECT_TRUE(hasValue(r.codeUAlpha[B], 1.0));
}

TEST(Unitizing, NothingCodedIsUndefined)
{
    const UnitizingResult r = alphas(UnitizedData{50, 2, {{}, {}}});
    EXPECT_TRUE(isUndefined(r.uAlpha, "nothing coded"));
    EXPECT_TRUE(isUndefined(r.binaryUAlpha, "nothing coded"));
    EXPECT_TRUE(isUndefined(r.cuAlpha, "nothing coded"));
    EXPECT_TRUE(isUndefined(r.codeUAlpha[A], "no coding"));
    EXPECT_TRUE(isUndefined(r.codeUAlpha[B], "no coding"));
}

// Hand-derived, one code, L = 10: coder 1 [2,6) A, coder 2 [4,8) A (m = 2, so 1/(m-1) = 1).
// Both orders of the pair: l_gg = 2*(2+2) = 8, l_gA = l_Ag = 2*2 = 4, l_AA = 2*2 = 4; l.. = 20.
// l_g. = 12, l_A. = 8; S_gap = 6 + 6 (gaps count l), S_A = 16 + 16 (units count l^2); S = 44.
// e_gA = 12*8 / (20 - 44/20) = 96/17.8; u-alpha = 1 - 8 / (192/17.8) = 31/120. With one code
// |u-alpha is the same. cu-alpha: the coded block is a single code, so no variation.
TEST(Unitizing, HandDerivedShiftedUnit)
{
    const UnitizingResult r = alphas(UnitizedData{10, 1, {{{2, 6, A}}, {{4, 8, A}}}});
    EXPECT_TRUE(hasValue(r.uAlpha, 31.0 / 120.0));
    EXPECT_NEAR(*r.uAlpha.observedDisagreement, 8.0 / 20.0, test::kTolerance);
    EXPECT_TRUE(hasValue(r.binaryUAlpha, 31.0 / 120.0));
    EXPECT_TRUE(isUndefined(r.cuAlpha, "no variation"));
    EXPECT_TRUE(isUndefined(r.codeUAlpha[A], "no variation"));
}

// Hand-derived, L = 10: coder 1 [0,4) A, [4,8) B; coder 2 [0,4) A, [4,8) A.
// l_AA = 8, l_AB = l_BA = 4, l_gg = 4; l_A. = 12, l_B. = 4, l_g. = 4; S_A = 16 + 32,
// S_B = 16, S_gap = 4; denominator 20 - 68/20 = 16.6; sum_{c!=k} l_c. l_.k = 400 - 176 = 224;
// u-alpha = 1 - 8 * 16.6 / 224 = 57/140. Both coders code exactly [0,8): |u-alpha = 1.
// Coded block: l*_AA = 8, l*_AB = l*_BA = 4, l*.. = 16; every unit is fully overlapped (p = 4),
// S*_A = 3*16, S*_B = 16; denominator 16 - 64/16 = 12; e*_AB = e*_BA = 12*4/12 = 4:
// cu-alpha = 1 - 8/8 = 0. (A)u: e*_A. = (12*16 - 48)/12 = 12, e*_AA = 8 -> 1 - 1 * 4/4 = 0;
// (B)u: e*_B. = (4*16 - 16)/12 = 4, e*_BB = 0 -> 1 - 1 * 4/4 = 0.
TEST(Unitizing, HandDerivedSameBoundariesDifferentCode)
{
    const UnitizingResult r =
        alphas(UnitizedData{10, 2, {{{0, 4, A}, {4, 8, B}}, {{0, 4, A}, {4, 8, A}}}});
    EXPECT_TRUE(hasValue(r.uAlpha, 57.0 / 140.0));
    EXPECT_TRUE(hasValue(r.binaryUAlpha, 1.0));
    EXPECT_TRUE(hasValue(r.cuAlpha, 0.0));
    EXPECT_TRUE(hasValue(r.codeUAlpha[A], 0.0));
    EXPECT_TRUE(hasValue(r.codeUAlpha[B], 0.0));
}

// Hand-derived, three coders, L = 4: coders 1 and 2 code [0,2) A, coder 3 codes nothing.
// Six ordered pairs, each weighted 1/(m-1) = 1/2: l_AA = 2, l_gg = 6, l_Ag = l_gA = 2; l.. = 12.
// l_A. = 4, l_g. = 8; S_A = 8, S_gap = 2 + 2 + 4 = 8; denominator 12 - 16/12 = 32/3;
// e_Ag = 4*8/(32/3) = 3; u-alpha = 1 - 4/6 = 1/3.
TEST(Unitizing, HandDerivedThreeCoders)
{
    const UnitizingResult r = alphas(UnitizedData{4, 1, {{{0, 2, A}}, {{0, 2, A}}, {}}});
    EXPECT_TRUE(hasValue(r.uAlpha, 1.0 / 3.0));
    EXPECT_TRUE(hasValue(r.binaryUAlpha, 1.0 / 3.0));
}

// Adjacent units of one coder are two units, not one: S counts 3^2 + 3^2, not 6^2 (units are
// indivisible). L = 12, coder 1 [0,6) A; coder 2 [0,6) A, or [0,3) A + [3,6) A.
// l_AA = 12, l_gg = 12, no disagreement, so u-alpha = 1 either way; the expected disagreement
// differs: sum_{c!=k} e = 2*12*12 / (24 - S/24) with S = 72 + 12 or 54 + 12, as a share of
// l.. = 24: 12/20.5 = 24/41 whole, 12/21.25 = 48/85 split.
TEST(Unitizing, AdjacentUnitsStaySeparate)
{
    const UnitizingResult whole = alphas(UnitizedData{12, 1, {{{0, 6, A}}, {{0, 6, A}}}});
    const UnitizingResult split =
        alphas(UnitizedData{12, 1, {{{0, 6, A}}, {{0, 3, A}, {3, 6, A}}}});
    EXPECT_TRUE(hasValue(whole.uAlpha, 1.0));
    EXPECT_TRUE(hasValue(split.uAlpha, 1.0));
    EXPECT_NEAR(*whole.uAlpha.expectedDisagreement, 24.0 / 41.0, test::kTolerance);
    EXPECT_NEAR(*split.uAlpha.expectedDisagreement, 48.0 / 85.0, test::kTolerance);
}

TEST(Unitizing, EveryoneCodingTheWholeContinuumOneCodeIsNoVariation)
{
    const UnitizingResult r = alphas(UnitizedData{8, 1, {{{0, 8, A}}, {{0, 8, A}}}});
    EXPECT_TRUE(isUndefined(r.uAlpha, "no variation"));
}

TEST(Unitizing, NoOverlapBetweenCodersLeavesCodeAlphasUndefined)
{
    const UnitizingResult r = alphas(UnitizedData{20, 2, {{{0, 5, A}}, {{10, 15, B}}}});
    EXPECT_TRUE(r.uAlpha.isDefined());
    EXPECT_TRUE(isUndefined(r.cuAlpha, "no overlapping units"));
    EXPECT_TRUE(isUndefined(r.codeUAlpha[A], "no overlapping units"));
}

TEST(Unitizing, OverlapsWithinACoderAreErrorsListed)
{
    const UnitizedData data{20, 2, {{{0, 6, A}, {4, 9, B}, {12, 14, A}}, {{0, 5, A}}}};
    const QList<UnitOverlap> overlaps = overlappingUnits(data);
    ASSERT_EQ(overlaps.size(), 1);
    EXPECT_EQ(overlaps[0].coder, 0);
    EXPECT_EQ(overlaps[0].first, 0);
    EXPECT_EQ(overlaps[0].second, 1);
    EXPECT_EQ(overlaps[0].overlap, (Interval{4, 6}));

    const Result<UnitizingResult> refused = unitizingAlphas(data);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(refused.error().message.contains(u"[4, 6)"))
        << refused.error().message.toStdString();
}

TEST(Unitizing, InvalidUnitsAreRefused)
{
    EXPECT_FALSE(unitizingAlphas(UnitizedData{10, 1, {{{0, 11, A}}, {}}}).ok());
    EXPECT_FALSE(unitizingAlphas(UnitizedData{10, 1, {{{3, 3, A}}, {}}}).ok());
    EXPECT_FALSE(unitizingAlphas(UnitizedData{10, 1, {{{0, 2, B}}, {}}}).ok());
    EXPECT_FALSE(unitizingAlphas(UnitizedData{10, 1, {{{0, 2, A}}}}).ok()); // one coder
}

} // namespace
} // namespace tessera::agreement
