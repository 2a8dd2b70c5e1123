#pragma once

#include "Statistic.h"

#include <QList>

namespace tessera::agreement {

// Two coders' judgements on the same units, as a 2x2 table of a yes/no judgement (a code is
// present or not): rows are the first coder, columns the second.
struct BinaryTable {
    qint64 both = 0;       // yes / yes
    qint64 firstOnly = 0;  // yes / no
    qint64 secondOnly = 0; // no / yes
    qint64 neither = 0;    // no / no

    qint64 total() const { return both + firstOnly + secondOnly + neither; }
    qint64 firstYes() const { return both + firstOnly; }
    qint64 secondYes() const { return both + secondOnly; }
    BinaryTable& operator+=(const BinaryTable& other);
    friend bool operator==(const BinaryTable&, const BinaryTable&) = default;
};

// A k x k contingency table of two coders over k categories: table[i][j] counts the units the
// first coder put in category i and the second in category j. Every row has k entries.
using ContingencyTable = QList<QList<qint64>>;

// Cohen's kappa: (p_o - p_e) / (1 - p_e), p_o = sum n_ii / N, p_e = sum n_i. n_.i / N^2.
// Undefined for an empty or malformed table, or when p_e = 1 (both coders used one category
// for every unit). The disagreements are 1 - p_o and 1 - p_e.
AgreementValue cohenKappa(const ContingencyTable& table);
AgreementValue cohenKappa(const BinaryTable& table);
ContingencyTable
toContingency(const BinaryTable& table); // [[both, firstOnly], [secondOnly, neither]]

// (both + neither) / total; undefined for an empty table. Disagreement = 1 - agreement.
AgreementValue percentAgreement(const BinaryTable& table);

} // namespace tessera::agreement
