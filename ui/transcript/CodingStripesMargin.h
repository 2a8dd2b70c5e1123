#pragma once

#include "CodingIndex.h"
#include "TranscriptStyle.h"

#include <QWidget>

#include <optional>

namespace tessera::ui {

class TranscriptEditor;

// The coding stripes beside the transcript (as in MAXQDA and NVivo): one bar per visible coding
// from the line where it starts to the line where it ends, in the code's colour and labelled with
// the code's name. Codings that overlap sit in side-by-side columns (CodingIndex assigns them).
// Only the codings overlapping the visible text are laid out on each paint, found through the
// index, so a document with thousands of codings paints as fast as one with ten.
class CodingStripesMargin : public QWidget {
    Q_OBJECT

public:
    struct Bar {
        const CodingDisplay* coding = nullptr;
        QRect rect;
    };

    explicit CodingStripesMargin(TranscriptEditor& editor, QWidget* parent = nullptr);

    // Borrowed; the owner calls setIndex again (and so repaints) after replacing it.
    void setIndex(const CodingIndex* index);
    void setStyle(const TranscriptStyle& style);
    void setSelectedCoding(std::optional<CodingId> id);

    // The bars on screen, in margin coordinates.
    QList<Bar> visibleBars() const;
    // Where a coding's bar is drawn, or nullopt when it is not on screen.
    std::optional<QRect> barRect(CodingId id) const;
    std::optional<CodingId> codingAt(const QPoint& pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void codingClicked(tessera::CodingId id);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    int columnWidth() const;
    void paintBar(QPainter& painter, const Bar& bar, int labelLimit) const;

    TranscriptEditor& m_editor;
    const CodingIndex* m_index = nullptr;
    TranscriptStyle m_style;
    std::optional<CodingId> m_selected;
};

} // namespace tessera::ui
