#pragma once

#include <QList>

namespace tessera::agreement {

// A half-open range [start, end) of positions on a text (UTF-16 units in Tessera).
struct Interval {
    qint64 start = 0;
    qint64 end = 0;

    qint64 length() const { return end - start; }
    bool overlaps(const Interval& other) const { return start < other.end && other.start < end; }
    friend bool operator==(const Interval&, const Interval&) = default;
};

// The positions covered by any of `intervals`, as sorted, disjoint, non-touching intervals.
// Empty intervals cover nothing.
QList<Interval> coverage(QList<Interval> intervals);
qint64 coveredLength(const QList<Interval>& disjoint);
// Length of the intersection of two coverages (both sorted and disjoint).
qint64 intersectionLength(const QList<Interval>& a, const QList<Interval>& b);
// Length of `range` covered by a coverage (sorted and disjoint).
qint64 coveredWithin(const QList<Interval>& disjoint, const Interval& range);

} // namespace tessera::agreement
