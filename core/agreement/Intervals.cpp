#include "Intervals.h"

#include <algorithm>

namespace tessera::agreement {

QList<Interval> coverage(QList<Interval> intervals)
{
    std::sort(intervals.begin(), intervals.end(), [](const Interval& a, const Interval& b) {
        return a.start < b.start || (a.start == b.start && a.end < b.end);
    });
    QList<Interval> merged;
    for (const Interval& i : std::as_const(intervals)) {
        if (i.end <= i.start) {
            continue;
        }
        if (!merged.isEmpty() && i.start <= merged.last().end) {
            merged.last().end = std::max(merged.last().end, i.end);
        } else {
            merged << i;
        }
    }
    return merged;
}

qint64 coveredLength(const QList<Interval>& disjoint)
{
    qint64 total = 0;
    for (const Interval& i : disjoint) {
        total += i.length();
    }
    return total;
}

qint64 intersectionLength(const QList<Interval>& a, const QList<Interval>& b)
{
    qint64 total = 0;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        const qint64 start = std::max(a[i].start, b[j].start);
        const qint64 end = std::min(a[i].end, b[j].end);
        total += std::max<qint64>(0, end - start);
        // Advance whichever ends first; the other may still overlap the next one.
        if (a[i].end < b[j].end) {
            ++i;
        } else {
            ++j;
        }
    }
    return total;
}

qint64 coveredWithin(const QList<Interval>& disjoint, const Interval& range)
{
    auto it = std::lower_bound(disjoint.begin(), disjoint.end(), range.start,
                               [](const Interval& i, qint64 pos) { return i.end <= pos; });
    qint64 total = 0;
    for (; it != disjoint.end() && it->start < range.end; ++it) {
        total +=
            std::max<qint64>(0, std::min(it->end, range.end) - std::max(it->start, range.start));
    }
    return total;
}

} // namespace tessera::agreement
