#pragma once

#include "model/Entities.h"

#include <QColor>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace tessera::ui {

// A coding as the transcript draws it: the stored coding plus what the highlight, the stripe and
// the tooltips show, resolved once per refresh so painting never queries the project.
struct CodingDisplay {
    Coding coding;
    QColor color;
    QString codeName;
    QString codePath;
    QString coderName;
    int column = 0; // stripe column, assigned by CodingIndex
};

// The visible codings of one document, sorted by start, answering "which codings overlap
// [from, to)" in O(log n + k). The sorted array doubles as an implicit balanced search tree
// (the middle of every sub-range is its root) whose nodes store the largest end in their
// sub-range, so whole sub-ranges that end before `from` are skipped. Unlike a prefix maximum,
// one long coding (a whole-document code) does not make every query scan from the start.
class CodingIndex {
public:
    // The span a coding's stripe occupies, e.g. whole paragraphs: two codings on one line
    // must not share a column even when their text does not overlap.
    using StripeExtent = std::function<std::pair<qsizetype, qsizetype>(const Coding&)>;

    CodingIndex() = default;
    explicit CodingIndex(QList<CodingDisplay> codings, const StripeExtent& extent = {});

    qsizetype size() const { return qsizetype(m_items.size()); }
    bool isEmpty() const { return m_items.empty(); }
    const CodingDisplay& at(qsizetype i) const { return m_items[size_t(i)]; }
    const std::vector<CodingDisplay>& items() const { return m_items; }

    // Indices (ascending, i.e. by start) of the codings with start < to and end > from.
    void forEachOverlapping(qsizetype from, qsizetype to,
                            const std::function<void(const CodingDisplay&)>& visit) const;
    QList<const CodingDisplay*> overlapping(qsizetype from, qsizetype to) const;
    // Codings covering `position`, outermost (longest) first.
    QList<const CodingDisplay*> covering(qsizetype position) const;
    const CodingDisplay* find(CodingId id) const;

    // Stripe columns: 1 + the largest CodingDisplay::column.
    int columnCount() const { return m_columnCount; }

private:
    void buildMaxEnd(size_t lo, size_t hi);
    void visit(size_t lo, size_t hi, qsizetype from, qsizetype to,
               const std::function<void(const CodingDisplay&)>& fn) const;
    void assignColumns(const StripeExtent& extent);

    std::vector<CodingDisplay> m_items;
    std::vector<qsizetype> m_maxEnd; // indexed by the sub-range's middle
    int m_columnCount = 0;
};

} // namespace tessera::ui
