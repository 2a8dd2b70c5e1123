#pragma once

#include "CohenKappa.h"
#include "Intervals.h"
#include "common/Result.h"

#include <QList>

namespace tessera::agreement {

// Character-level comparison of two coders for one code in one document (NVivo's "coding
// comparison"): every character is coded by the first coder or not, by the second or not.
// A coder's overlapping codings count each character once.

// The 2x2 table over a text of `length` characters. Refuses intervals that are reversed or reach
// outside [0, length): they mean the caller mixed up documents, and clipping would hide that.
Result<BinaryTable> characterTable(qint64 length, const QList<Interval>& first,
                                   const QList<Interval>& second);

struct CharacterAgreement {
    BinaryTable table;
    AgreementValue percentAgreement; // (both + neither) / total
    AgreementValue kappa;            // Cohen's kappa on the table
};

// Percent agreement and Cohen's kappa of one table. When nobody coded anything the agreement is
// 1.0 (every character agrees: NVivo shows the same) and kappa is undefined ("no coding").
// For several documents, sum their tables (BinaryTable::operator+=) and call this once: that is
// the pooled figure.
CharacterAgreement characterAgreement(const BinaryTable& table);

} // namespace tessera::agreement
