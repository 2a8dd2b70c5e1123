#pragma once

#include "Intervals.h"
#include "Statistic.h"
#include "common/Result.h"

#include <QList>

namespace tessera::agreement {

// Krippendorff's unitizing alphas (Krippendorff, Mathet, Bouvry & Widlöcher 2016, "On the
// reliability of unitizing textual continua: Further developments", Quality & Quantity 50).
// They judge where coders put boundaries, not only which turns they touched.
//
// A continuum [0, length) is partitioned by each coder into units (a stretch with a code) and
// gaps (everything else). Within one domain a coder's units must not overlap.

struct Unit {
    qint64 start = 0;
    qint64 end = 0; // exclusive
    int code = 0;   // 0 .. codes-1
};

struct UnitizedData {
    qint64 length = 0;         // L
    int codes = 0;             // the domain's codes; the gap is not one of them
    QList<QList<Unit>> coders; // each coder's units, any order
};

// Two units of one coder that overlap (indexes into that coder's list).
struct UnitOverlap {
    int coder = 0;
    int first = 0;
    int second = 0;
    Interval overlap;
};

// Every overlapping pair of units within a coder, by coder then position.
QList<UnitOverlap> overlappingUnits(const UnitizedData& data);

struct UnitizingResult {
    AgreementValue uAlpha;            // u-alpha: boundaries and codes
    AgreementValue binaryUAlpha;      // |u-alpha: coded vs not coded, codes collapsed into one
    AgreementValue cuAlpha;           // cu-alpha: which code, where coders' units overlap
    QList<AgreementValue> codeUAlpha; // (k)u-alpha for each code k, by code index
};

// All four alphas. Observed and expected disagreements are reported as shares of the
// coincidence total (l.. for u-alpha and |u-alpha, l*.. for cu-alpha; (k)u-alpha's are its own
// two ratios), so 1 - D_o / D_e is the value.
//
// Refuses (InvalidInput) fewer than two coders, a unit that is empty, reaches outside
// [0, length) or has a code outside 0..codes-1, and overlapping units within a coder (the message
// lists them; overlappingUnits() gives them one by one).
Result<UnitizingResult> unitizingAlphas(const UnitizedData& data);

} // namespace tessera::agreement
