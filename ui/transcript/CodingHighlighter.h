#pragma once

#include "CodingIndex.h"
#include "SpeakerLabels.h"
#include "TranscriptStyle.h"

#include <QSyntaxHighlighter>

#include <optional>

namespace tessera::ui {

// Formats speaker labels, timestamps and coding highlights into the transcript's block layouts.
// Per block it asks the interval index for the codings overlapping the block (O(log n + k)),
// cuts the block at every coding boundary and gives each piece the blend of the codings over it.
// A change of codings re-formats only the blocks whose codings changed (rehighlightRange).
class CodingHighlighter : public QSyntaxHighlighter {
    Q_OBJECT

public:
    explicit CodingHighlighter(QTextDocument* document);

    // Borrowed; the owner keeps them alive and calls rehighlight after replacing them.
    void setSources(const CodingIndex* index, const QList<LabelRegion>* labels);
    void setStyle(const TranscriptStyle& style);
    void setSelectedCoding(std::optional<CodingId> id) { m_selected = id; }

    // Re-formats the blocks overlapping [from, to).
    void rehighlightRange(qsizetype from, qsizetype to);

protected:
    void highlightBlock(const QString& text) override;

private:
    void formatLabels(qsizetype blockStart, qsizetype blockEnd);
    void formatCodings(qsizetype blockStart, qsizetype blockEnd);

    const CodingIndex* m_index = nullptr;
    const QList<LabelRegion>* m_labels = nullptr;
    TranscriptStyle m_style;
    std::optional<CodingId> m_selected;
};

} // namespace tessera::ui
