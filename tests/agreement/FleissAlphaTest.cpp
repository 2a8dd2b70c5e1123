#include "AgreementTestSupport.h"
#include "agreement/FleissKappa.h"
#include "agreement/KrippendorffAlpha.h"

#include <gtest/gtest.h>

namespace tessera::agreement {
namespace {

using test::hasValue;
using test::isUndefined;

// Vector F1 (Fleiss 1971, as on Wikipedia): 10 subjects, 14 raters, 5 categories.
TEST(FleissKappa, F1Fleiss1971)
{
    const CategoryCounts counts{{0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0},
                                {2, 2, 8, 1, 1},  {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2},
                                {6, 5, 2, 1, 0},  {0, 2, 2, 3, 7}};
    const AgreementValue k = fleissKappa(counts);
    ASSERT_TRUE(k.isDefined()) << k.undefinedReason.toStdString();
    EXPECT_NEAR(*k.value, 0.2099307, 5e-8);
    EXPECT_NEAR(*k.observedAgreement(), 0.378022, 5e-7); // P
    EXPECT_NEAR(*k.expectedAgreement(), 0.212755, 5e-7); // P_e
}

// Hand-derived: 3 raters, subjects [3,0] and [1,2]. P_1 = (9-3)/6 = 1, P_2 = (1+4-3)/6 = 1/3,
// P = 2/3; p = (4/6, 2/6), P_e = 20/36 = 5/9; kappa = (2/3 - 5/9)/(4/9) = 1/4.
TEST(FleissKappa, HandDerivedThreeRaters)
{
    const AgreementValue k = fleissKappa(CategoryCounts{{3, 0}, {1, 2}});
    EXPECT_TRUE(hasValue(k, 0.25));
    EXPECT_NEAR(*k.observedAgreement(), 2.0 / 3.0, test::kTolerance);
    EXPECT_NEAR(*k.expectedAgreement(), 5.0 / 9.0, test::kTolerance);
}

TEST(FleissKappa, VaryingNumberOfRatersIsUndefined)
{
    const AgreementValue k = fleissKappa(CategoryCounts{{3, 0}, {1, 1}});
    EXPECT_TRUE(isUndefined(k, "raters vary"));
    EXPECT_TRUE(k.undefinedReason.contains(u"subject 2 has 2 ratings"));
}

TEST(FleissKappa, DegenerateInputsAreUndefined)
{
    EXPECT_TRUE(isUndefined(fleissKappa(CategoryCounts{}), "no subjects"));
    EXPECT_TRUE(isUndefined(fleissKappa(CategoryCounts{{1, 0}, {0, 1}}), "too few raters"));
    EXPECT_TRUE(isUndefined(fleissKappa(CategoryCounts{{4, 0}, {4, 0}}), "no variation"));
    EXPECT_TRUE(isUndefined(fleissKappa(CategoryCounts{{4, 0}, {4}}), "invalid counts"));
}

// Vector K1 (Krippendorff 2011): 4 coders x 12 units, with missing values.
TEST(KrippendorffAlpha, K1Krippendorff2011)
{
    const std::optional<int> _;
    const QList<QList<std::optional<int>>> byCoder{
        {1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _},
        {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3},
        {_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _},
        {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _},
    };
    ReliabilityData units(12);
    for (const auto& coder : byCoder) {
        for (int u = 0; u < 12; ++u) {
            units[u] << coder[u];
        }
    }
    EXPECT_TRUE(hasValue(nominalAlpha(units), 113.0 / 152.0));
    EXPECT_NEAR(*nominalAlpha(units).value, 0.7434211, 5e-8);
    EXPECT_EQ(pairableValues(units), 40); // unit 12 has a single value and does not count
}

// Hand-derived with missing values, 3 coders (a = 0, b = 1):
//   u1 (a, a, -): o_aa += 2          u2 (a, b, b): o_ab, o_ba, o_bb += 2/2 each
//   u3 (b, -, -): not pairable       u4 (b, a, -): o_ab, o_ba += 1      u5 (a, a, a): o_aa += 6/2
// o_aa = 5, o_ab = o_ba = 2, o_bb = 1; n_a = 7, n_b = 3, n = 10;
// alpha = 1 - 9 * 4 / (2 * 7 * 3) = 1/7.
TEST(KrippendorffAlpha, MissingValuesAndLoneValues)
{
    const std::optional<int> _;
    const ReliabilityData units{{0, 0, _}, {0, 1, 1}, {1, _, _}, {1, 0, _}, {0, 0, 0}};
    const AgreementValue a = nominalAlpha(units);
    EXPECT_TRUE(hasValue(a, 1.0 / 7.0));
    EXPECT_NEAR(*a.observedDisagreement, 4.0 / 10.0, test::kTolerance);  // sum o_ck (c!=k) / n
    EXPECT_NEAR(*a.expectedDisagreement, 42.0 / 90.0, test::kTolerance); // 2*7*3 / (n(n-1))
    EXPECT_EQ(pairableValues(units), 10);
}

// Three coders, no missing values: every unit divides by m_u - 1 = 2 (R's irr::kripp.alpha
// divides by 1 here and would give 0.575).
//   (a,a,b): o_aa 1, o_ab 1, o_ba 1;  (a,a,a): o_aa 3;  (b,b,b): o_bb 3
// n_a = 5, n_b = 4, n = 9; alpha = 1 - 8 * 2 / (2 * 5 * 4) = 0.6.
TEST(KrippendorffAlpha, ThreeCodersWithoutMissingDivideByMuMinusOne)
{
    EXPECT_TRUE(hasValue(nominalAlpha(ReliabilityData{{0, 0, 1}, {0, 0, 0}, {1, 1, 1}}), 0.6));
}

TEST(KrippendorffAlpha, UndefinedCasesSayWhy)
{
    const std::optional<int> _;
    EXPECT_TRUE(isUndefined(nominalAlpha(ReliabilityData{{1, _}, {_, 2}}), "no pairable values"));
    EXPECT_TRUE(isUndefined(nominalAlpha(ReliabilityData{}), "no pairable values"));
    const AgreementValue same = nominalAlpha(ReliabilityData{{3, 3}, {3, 3, _}});
    EXPECT_TRUE(isUndefined(same, "no variation"));
    EXPECT_EQ(*same.observedDisagreement, 0.0);
}

TEST(KrippendorffAlpha, PerfectAgreementWithVariationIsOne)
{
    const std::optional<int> _;
    EXPECT_TRUE(hasValue(nominalAlpha(ReliabilityData{{1, 1, _}, {2, 2, 2}, {_, 3, 3}}), 1.0));
}

} // namespace
} // namespace tessera::agreement
