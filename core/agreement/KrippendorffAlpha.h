#pragma once

#include "Statistic.h"

#include <QList>

#include <optional>

namespace tessera::agreement {

// Reliability data: one entry per unit (a turn, an item), each holding the values the coders
// gave it, one slot per coder; nullopt = that coder gave no value (missing). Values are category
// labels compared for equality only (nominal metric).
using ReliabilityData = QList<QList<std::optional<int>>>;

// Krippendorff's alpha, nominal metric, with missing values (Krippendorff 2011). Only units with
// m_u >= 2 values are pairable; each contributes its ordered pairs of values from different
// coders divided by m_u - 1 — ALWAYS m_u - 1, also without missing data (R's irr::kripp.alpha
// divides by 1 there for 3+ coders; that is a bug, not a convention).
//   o_ck = sum_u pairs_u(c,k) / (m_u - 1), n_c = sum_k o_ck, n = sum_c n_c
//   alpha = 1 - (n - 1) * sum_{c!=k} o_ck / sum_{c!=k} n_c n_k
// Disagreements: D_o = sum_{c!=k} o_ck / n, D_e = sum_{c!=k} n_c n_k / (n (n - 1)).
AgreementValue nominalAlpha(const ReliabilityData& units);

// The number of pairable values n (values in units with m_u >= 2).
qint64 pairableValues(const ReliabilityData& units);

} // namespace tessera::agreement
