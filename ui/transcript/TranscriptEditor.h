#pragma once

#include "model/Entities.h"

#include <QColor>
#include <QPlainTextEdit>

#include <optional>

namespace tessera::ui {

// The read-only, selectable text of the transcript view. It knows text mechanics only —
// geometry of positions, mouse and keyboard selection, drags and drops, the selected coding's
// frame — and reports what the user did through signals; TranscriptView decides what it means.
class TranscriptEditor : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit TranscriptEditor(QWidget* parent = nullptr);

    // Replaces the text in one edit step and scrolls to the top.
    void loadText(std::optional<DocumentId> document, const QString& text);
    std::optional<DocumentId> documentId() const { return m_document; }
    const QString& text() const { return m_text; }

    // Selects [start, end) with the caret at `start` (the reading position is the passage's
    // beginning) or at `end`; keeps the scroll position unless `reveal`.
    void selectRange(qsizetype start, qsizetype end, bool reveal, bool caretAtEnd = false);
    bool isMouseSelecting() const { return m_mouseSelecting; }

    // The character under a viewport point, or nullopt over empty space.
    std::optional<qsizetype> characterAt(const QPoint& viewportPos) const;
    // [first, end) positions of the blocks that are at least partly on screen.
    std::pair<qsizetype, qsizetype> visibleRange() const;
    // The viewport rectangle of the line holding `position`. Only for positions in visibleRange().
    QRectF lineRect(qsizetype position) const;

    // Frames the selected coding's text (drawn over the highlights); nullopt removes the frame.
    void setFramedRange(std::optional<std::pair<qsizetype, qsizetype>> range, const QColor& color);

    // The drag payload for the current selection (also what a drag of the selection carries).
    QMimeData* selectionMimeData() const;

    // Emits painted() once after the next paint (document start-up timing).
    void notifyNextPaint() { m_notifyPaint = true; }

signals:
    void mouseSelectionFinished(bool keepRaw);
    void leftButtonPressed();
    void codesDropped(const QList<tessera::CodeId>& codes);
    void contextMenuRequested(qsizetype position, const QPoint& globalPos);
    void toolTipRequested(qsizetype position, const QPoint& globalPos);
    void painted();

protected:
    QMimeData* createMimeDataFromSelection() const override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void paintFrame();

    std::optional<DocumentId> m_document;
    QString m_text;
    bool m_mouseSelecting = false;
    mutable bool m_dragStarted = false;
    bool m_notifyPaint = false;
    std::optional<std::pair<qsizetype, qsizetype>> m_framed;
    QColor m_frameColor;
};

} // namespace tessera::ui
