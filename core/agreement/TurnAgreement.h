#pragma once

#include "KrippendorffAlpha.h"
#include "Statistic.h"

#include <QList>

#include <optional>

namespace tessera::agreement {

// Turn-level agreement: the unit is a speaker turn, judged by any number of coders.

// Presence of one code: presence[t][i] = coder i applied the code to turn t. Every turn has one
// entry per coder (a coder who saw a turn and did not code it said "absent").
using PresenceData = QList<QList<bool>>;

struct PresenceAgreement {
    AgreementValue percentAgreement; // mean over coder pairs of the share of turns they agree on
    std::optional<AgreementValue> cohenKappa;  // 2 coders only
    std::optional<AgreementValue> fleissKappa; // 3 or more coders only
    AgreementValue alpha;                      // Krippendorff's nominal alpha
};

PresenceAgreement presenceAgreement(const PresenceData& presence);

// A domain of mutually exclusive codes: values[t][i] = index (0..categories-1) of the domain
// code coder i applied to turn t, nullopt when the coder applied none (missing).
struct DomainData {
    int categories = 0;
    QList<QList<std::optional<int>>> values;
};

struct DomainAgreement {
    AgreementValue alpha;                      // nominal, missing values allowed
    std::optional<AgreementValue> cohenKappa;  // 2 coders; undefined when a value is missing
    std::optional<AgreementValue> fleissKappa; // 3+ coders; undefined when a value is missing
};

DomainAgreement domainAgreement(const DomainData& data);

// Mean over coder pairs (i < j) of the share of units on which i and j give the same value; a
// missing value never agrees. Undefined without units or with fewer than two coders.
AgreementValue meanPairwiseAgreement(const QList<QList<std::optional<int>>>& values);

} // namespace tessera::agreement
