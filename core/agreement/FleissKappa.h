#pragma once

#include "Statistic.h"

#include <QList>

namespace tessera::agreement {

// Subjects x categories: counts[i][j] = how many raters put subject i in category j. Every
// subject must be rated by the same number n >= 2 of raters (Fleiss 1971); any other input is
// undefined with the reason, never a number.
using CategoryCounts = QList<QList<qint64>>;

// Fleiss' kappa: P_i = (sum_j n_ij^2 - n) / (n(n-1)), P = mean P_i, p_j = sum_i n_ij / (N n),
// P_e = sum p_j^2, kappa = (P - P_e) / (1 - P_e). Disagreements: 1 - P and 1 - P_e.
AgreementValue fleissKappa(const CategoryCounts& counts);

} // namespace tessera::agreement
