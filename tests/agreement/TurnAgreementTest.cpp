#include "agreement/TurnAgreement.h"

#include "AgreementTestSupport.h"

#include <gtest/gtest.h>

namespace tessera::agreement {
namespace {

using test::hasValue;
using test::isUndefined;

// Hand-derived, two coders over five turns: A = 1 1 0 0 1, B = 1 0 0 0 1.
// Table: both 2, A only 1, B only 0, neither 2. Percent 4/5.
// Cohen: p_o = 0.8, p_e = (3*2 + 2*3)/25 = 0.48, kappa = 0.32/0.52 = 8/13.
// Alpha: o_11 = 4, o_00 = 4, o_10 = o_01 = 1; n_1 = n_0 = 5; 1 - 9*2/(2*25) = 0.64.
TEST(TurnAgreement, PresenceTwoCoders)
{
    const PresenceData presence{
        {true, true}, {true, false}, {false, false}, {false, false}, {true, true}};
    const PresenceAgreement a = presenceAgreement(presence);
    EXPECT_TRUE(hasValue(a.percentAgreement, 0.8));
    ASSERT_TRUE(a.cohenKappa.has_value());
    EXPECT_TRUE(hasValue(*a.cohenKappa, 8.0 / 13.0));
    EXPECT_FALSE(a.fleissKappa.has_value()); // Fleiss is for 3+ coders
    EXPECT_TRUE(hasValue(a.alpha, 0.64));
}

// Hand-derived, three coders X Y Z over four turns: (1,1,1), (1,1,0), (0,0,0), (0,1,0).
// Percent: XY 3/4, XZ 3/4, YZ 2/4 -> mean 2/3.
// Fleiss: P_i = 1, 1/3, 1, 1/3 -> P = 2/3; p = 1/2 each, P_e = 1/2; kappa = 1/3.
// Alpha: o_11 = 3 + 1, o_00 = 3 + 1, o_10 = o_01 = 1 + 1; n_0 = n_1 = 6, n = 12;
// 1 - 11*4/(2*36) = 7/18.
TEST(TurnAgreement, PresenceThreeCoders)
{
    const PresenceData presence{
        {true, true, true}, {true, true, false}, {false, false, false}, {false, true, false}};
    const PresenceAgreement a = presenceAgreement(presence);
    EXPECT_TRUE(hasValue(a.percentAgreement, 2.0 / 3.0));
    EXPECT_FALSE(a.cohenKappa.has_value());
    ASSERT_TRUE(a.fleissKappa.has_value());
    EXPECT_TRUE(hasValue(*a.fleissKappa, 1.0 / 3.0));
    EXPECT_TRUE(hasValue(a.alpha, 7.0 / 18.0));
}

TEST(TurnAgreement, CodeNobodyAppliedIsUndefinedExceptPercent)
{
    const PresenceAgreement a = presenceAgreement(PresenceData(4, QList<bool>{false, false}));
    EXPECT_TRUE(hasValue(a.percentAgreement, 1.0));
    EXPECT_TRUE(isUndefined(*a.cohenKappa, "no coding"));
    EXPECT_TRUE(isUndefined(a.alpha, "no coding"));
    const PresenceAgreement three =
        presenceAgreement(PresenceData(4, QList<bool>{false, false, false}));
    EXPECT_TRUE(isUndefined(*three.fleissKappa, "no coding"));
}

TEST(TurnAgreement, CodeEveryoneAppliedEverywhereIsNoVariation)
{
    const PresenceAgreement a = presenceAgreement(PresenceData(3, QList<bool>{true, true}));
    EXPECT_TRUE(hasValue(a.percentAgreement, 1.0));
    EXPECT_TRUE(isUndefined(*a.cohenKappa, "no variation"));
    EXPECT_TRUE(isUndefined(a.alpha, "no variation"));
}

TEST(TurnAgreement, NoTurnsIsUndefined)
{
    const PresenceAgreement a = presenceAgreement(PresenceData{});
    EXPECT_TRUE(isUndefined(a.percentAgreement, "no units"));
    EXPECT_TRUE(isUndefined(a.alpha, "no units"));
}

// Hand-derived domain of three codes, two coders, turns (0,0), (1,1), (2,1), (0,-), (-,-).
// Alpha: o_00 = 2, o_11 = 2, o_21 = o_12 = 1; n_0 = 2, n_1 = 3, n_2 = 1, n = 6;
// sum_{c!=k} n_c n_k = 36 - 14 = 22; alpha = 1 - 5*2/22 = 6/11.
// Cohen needs both coders on every turn: undefined, with the count of turns missing a value.
TEST(TurnAgreement, DomainWithMissingValues)
{
    const std::optional<int> _;
    DomainData data;
    data.categories = 3;
    data.values = {{0, 0}, {1, 1}, {2, 1}, {0, _}, {_, _}};
    const DomainAgreement a = domainAgreement(data);
    EXPECT_TRUE(hasValue(a.alpha, 6.0 / 11.0));
    ASSERT_TRUE(a.cohenKappa.has_value());
    EXPECT_TRUE(isUndefined(*a.cohenKappa, "missing values: 2 turn(s)"));
    EXPECT_FALSE(a.fleissKappa.has_value());

    // Without the incomplete turns: 3x3 table, p_o = 2/3, p_e = 3/9, kappa = 1/2.
    data.values = {{0, 0}, {1, 1}, {2, 1}};
    EXPECT_TRUE(hasValue(*domainAgreement(data).cohenKappa, 0.5));
}

// Three coders, complete: Fleiss over the domain's categories. Turns (0,0,1), (1,1,1), (2,2,2):
// counts [2,1,0], [0,3,0], [0,0,3]; P_i = 1/3, 1, 1 -> P = 7/9; p = (2/9, 4/9, 3/9),
// P_e = (4 + 16 + 9)/81 = 29/81; kappa = (7/9 - 29/81)/(52/81) = 34/52 = 17/26.
TEST(TurnAgreement, DomainFleissNeedsEveryCoderOnEveryTurn)
{
    const std::optional<int> _;
    DomainData data;
    data.categories = 3;
    data.values = {{0, 0, 1}, {1, 1, 1}, {2, 2, 2}};
    const DomainAgreement complete = domainAgreement(data);
    ASSERT_TRUE(complete.fleissKappa.has_value());
    EXPECT_TRUE(hasValue(*complete.fleissKappa, 17.0 / 26.0));
    EXPECT_FALSE(complete.cohenKappa.has_value());

    data.values << QList<std::optional<int>>{2, _, 2};
    const DomainAgreement incomplete = domainAgreement(data);
    EXPECT_TRUE(isUndefined(*incomplete.fleissKappa, "missing values: 1 turn(s)"));
    EXPECT_TRUE(incomplete.alpha.isDefined());
}

TEST(TurnAgreement, DomainValueOutsideCategoriesIsUndefined)
{
    DomainData data;
    data.categories = 2;
    data.values = {{0, 5}};
    EXPECT_TRUE(isUndefined(domainAgreement(data).alpha, "invalid data"));
}

// Pairwise percent agreement counts a missing value as a disagreement.
TEST(TurnAgreement, MeanPairwiseAgreementTreatsMissingAsDisagreeing)
{
    const std::optional<int> _;
    EXPECT_TRUE(hasValue(meanPairwiseAgreement({{1, 1}, {2, _}}), 0.5));
    EXPECT_TRUE(isUndefined(meanPairwiseAgreement({{1}, {2}}), "too few coders"));
}

} // namespace
} // namespace tessera::agreement
