#include "CodingHighlighter.h"

#include <QTextDocument>

#include <algorithm>

namespace tessera::ui {

CodingHighlighter::CodingHighlighter(QTextDocument* document) : QSyntaxHighlighter(document) {}

void CodingHighlighter::setSources(const CodingIndex* index, const QList<LabelRegion>* labels)
{
    m_index = index;
    m_labels = labels;
}

void CodingHighlighter::setStyle(const TranscriptStyle& style)
{
    m_style = style;
}

void CodingHighlighter::rehighlightRange(qsizetype from, qsizetype to)
{
    if (!document()) {
        return;
    }
    QTextBlock block = document()->findBlock(int(from));
    while (block.isValid()) {
        rehighlightBlock(block);
        if (block.position() + block.length() >= to) {
            break;
        }
        block = block.next();
    }
}

void CodingHighlighter::highlightBlock(const QString& text)
{
    const qsizetype blockStart = currentBlock().position();
    const qsizetype blockEnd = blockStart + text.size();
    if (m_labels) {
        formatLabels(blockStart, blockEnd);
    }
    if (m_index && !m_index->isEmpty()) {
        formatCodings(blockStart, blockEnd);
    }
}

void CodingHighlighter::formatLabels(qsizetype blockStart, qsizetype blockEnd)
{
    const auto first =
        std::partition_point(m_labels->begin(), m_labels->end(),
                             [blockStart](const LabelRegion& r) { return r.end <= blockStart; });
    for (auto it = first; it != m_labels->end() && it->start < blockEnd; ++it) {
        const qsizetype from = std::max(it->start, blockStart);
        const qsizetype to = std::min(it->end, blockEnd);
        setFormat(int(from - blockStart), int(to - from), m_style.speakerFormat(it->facilitator));
        if (it->timeStart >= 0) {
            const qsizetype timeFrom = std::max(it->timeStart, blockStart);
            const qsizetype timeTo = std::min(it->timeEnd, blockEnd);
            if (timeFrom < timeTo) {
                setFormat(int(timeFrom - blockStart), int(timeTo - timeFrom),
                          m_style.timestampFormat());
            }
        }
    }
}

void CodingHighlighter::formatCodings(qsizetype blockStart, qsizetype blockEnd)
{
    const QList<const CodingDisplay*> codings = m_index->overlapping(blockStart, blockEnd);
    if (codings.isEmpty()) {
        return;
    }
    // Cut the block wherever a coding or a label format begins or ends; each piece then has one
    // set of codings over it and one underlying text format to merge the background into.
    std::vector<qsizetype> cuts{blockStart, blockEnd};
    const auto addCut = [&](qsizetype p) {
        if (p > blockStart && p < blockEnd) {
            cuts.push_back(p);
        }
    };
    for (const CodingDisplay* c : codings) {
        addCut(c->coding.start);
        addCut(c->coding.end);
    }
    if (m_labels) {
        const auto first = std::partition_point(
            m_labels->begin(), m_labels->end(),
            [blockStart](const LabelRegion& r) { return r.end <= blockStart; });
        for (auto it = first; it != m_labels->end() && it->start < blockEnd; ++it) {
            addCut(it->start);
            addCut(it->end);
            addCut(it->timeStart);
            addCut(it->timeEnd);
        }
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    QList<QColor> colors;
    for (size_t i = 0; i + 1 < cuts.size(); ++i) {
        const qsizetype from = cuts[i];
        const qsizetype to = cuts[i + 1];
        colors.clear();
        bool selected = false;
        // The index lists outer codings before inner ones, so the last colour is the innermost.
        for (const CodingDisplay* c : codings) {
            if (c->coding.start <= from && c->coding.end >= to) {
                colors << c->color;
                selected = selected || (m_selected && c->coding.id == *m_selected);
            }
        }
        if (colors.isEmpty()) {
            continue;
        }
        QTextCharFormat piece = format(int(from - blockStart));
        piece.setBackground(m_style.highlightColor(colors, selected));
        if (colors.size() > 1) {
            piece.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            piece.setUnderlineColor(m_style.underlineColor(colors.last()));
        }
        setFormat(int(from - blockStart), int(to - from), piece);
    }
}

} // namespace tessera::ui
