#include "CodingIndex.h"

#include <queue>

#include <algorithm>

namespace tessera::ui {

CodingIndex::CodingIndex(QList<CodingDisplay> codings, const StripeExtent& extent)
    : m_items(std::make_move_iterator(codings.begin()), std::make_move_iterator(codings.end()))
{
    // Outer codings first at equal starts, so an enclosing coding takes the column to the left.
    std::sort(m_items.begin(), m_items.end(), [](const CodingDisplay& a, const CodingDisplay& b) {
        if (a.coding.start != b.coding.start) {
            return a.coding.start < b.coding.start;
        }
        if (a.coding.end != b.coding.end) {
            return a.coding.end > b.coding.end;
        }
        return a.coding.id < b.coding.id;
    });
    m_maxEnd.assign(m_items.size(), 0);
    buildMaxEnd(0, m_items.size());
    assignColumns(extent);
}

void CodingIndex::buildMaxEnd(size_t lo, size_t hi)
{
    if (lo >= hi) {
        return;
    }
    const size_t mid = lo + (hi - lo) / 2;
    buildMaxEnd(lo, mid);
    buildMaxEnd(mid + 1, hi);
    qsizetype maxEnd = m_items[mid].coding.end;
    if (lo < mid) {
        maxEnd = std::max(maxEnd, m_maxEnd[lo + (mid - lo) / 2]);
    }
    if (mid + 1 < hi) {
        maxEnd = std::max(maxEnd, m_maxEnd[mid + 1 + (hi - mid - 1) / 2]);
    }
    m_maxEnd[mid] = maxEnd;
}

void CodingIndex::visit(size_t lo, size_t hi, qsizetype from, qsizetype to,
                        const std::function<void(const CodingDisplay&)>& fn) const
{
    if (lo >= hi) {
        return;
    }
    const size_t mid = lo + (hi - lo) / 2;
    if (m_maxEnd[mid] <= from) {
        return; // everything in this sub-range ends before the query starts
    }
    visit(lo, mid, from, to, fn);
    const CodingDisplay& item = m_items[mid];
    if (item.coding.start >= to) {
        return; // sorted by start: the right half starts even later
    }
    if (item.coding.end > from) {
        fn(item);
    }
    visit(mid + 1, hi, from, to, fn);
}

void CodingIndex::forEachOverlapping(qsizetype from, qsizetype to,
                                     const std::function<void(const CodingDisplay&)>& fn) const
{
    visit(0, m_items.size(), from, to, fn);
}

QList<const CodingDisplay*> CodingIndex::overlapping(qsizetype from, qsizetype to) const
{
    QList<const CodingDisplay*> result;
    forEachOverlapping(from, to, [&](const CodingDisplay& c) { result << &c; });
    return result;
}

QList<const CodingDisplay*> CodingIndex::covering(qsizetype position) const
{
    QList<const CodingDisplay*> result = overlapping(position, position + 1);
    std::stable_sort(result.begin(), result.end(),
                     [](const CodingDisplay* a, const CodingDisplay* b) {
                         return a->coding.end - a->coding.start > b->coding.end - b->coding.start;
                     });
    return result;
}

const CodingDisplay* CodingIndex::find(CodingId id) const
{
    const auto it = std::find_if(m_items.begin(), m_items.end(),
                                 [id](const CodingDisplay& c) { return c.coding.id == id; });
    return it == m_items.end() ? nullptr : &*it;
}

void CodingIndex::assignColumns(const StripeExtent& extent)
{
    struct Span {
        qsizetype start;
        qsizetype end;
        size_t item;
    };
    std::vector<Span> spans;
    spans.reserve(m_items.size());
    for (size_t i = 0; i < m_items.size(); ++i) {
        const Coding& c = m_items[i].coding;
        const auto [start, end] = extent ? extent(c) : std::pair{c.start, c.end};
        spans.push_back({start, std::max(end, start + 1), i});
    }
    std::stable_sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    // Interval-graph colouring in start order: reusing the lowest free column gives the fewest
    // columns possible (the largest number of spans overlapping at one point).
    using Active = std::pair<qsizetype, int>; // end, column
    std::priority_queue<Active, std::vector<Active>, std::greater<>> active;
    std::priority_queue<int, std::vector<int>, std::greater<>> freeColumns;
    m_columnCount = 0;
    for (const Span& span : spans) {
        while (!active.empty() && active.top().first <= span.start) {
            freeColumns.push(active.top().second);
            active.pop();
        }
        int column = 0;
        if (freeColumns.empty()) {
            column = m_columnCount++;
        } else {
            column = freeColumns.top();
            freeColumns.pop();
        }
        m_items[span.item].column = column;
        active.push({span.end, column});
    }
}

} // namespace tessera::ui
