#include "TranscriptEditor.h"

#include "common/MimeTypes.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>

namespace tessera::ui {
namespace {

bool carriesCodes(const QMimeData* mime)
{
    return mime && mime->hasFormat(QLatin1String(kCodeIdsMime));
}

} // namespace

TranscriptEditor::TranscriptEditor(QWidget* parent) : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setUndoRedoEnabled(false);
    // Read-only editors refuse drops; codes dragged from the code tree are the exception.
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    document()->setDocumentMargin(14);
    setAccessibleName(tr("Transcript text"));
    setAccessibleDescription(
        tr("The transcript. Select words and apply a code; coded passages are highlighted."));
}

void TranscriptEditor::loadText(std::optional<DocumentId> document, const QString& text)
{
    m_document = document;
    m_text = text;
    m_framed.reset();
    // setPlainText would also reset the text format state and emit textChanged twice; a single
    // insertion keeps it one contentsChange, so the highlighter formats the blocks once.
    QTextDocument* doc = QPlainTextEdit::document();
    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.removeSelectedText();
    cursor.insertText(text);
    cursor.endEditBlock();
    setTextCursor(QTextCursor(doc));
    verticalScrollBar()->setValue(0);
}

void TranscriptEditor::selectRange(qsizetype start, qsizetype end, bool reveal, bool caretAtEnd)
{
    const int scroll = verticalScrollBar()->value();
    QTextCursor cursor(QPlainTextEdit::document());
    cursor.setPosition(int(caretAtEnd ? start : end));
    cursor.setPosition(int(caretAtEnd ? end : start), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    if (!reveal) {
        verticalScrollBar()->setValue(scroll);
    }
}

std::optional<qsizetype> TranscriptEditor::characterAt(const QPoint& viewportPos) const
{
    const QTextCursor cursor = cursorForPosition(viewportPos);
    const QTextBlock block = cursor.block();
    const QTextLayout* layout = block.layout();
    if (!block.isValid() || !layout || layout->lineCount() == 0) {
        return std::nullopt;
    }
    const int inBlock = cursor.position() - block.position();
    const QTextLine line = layout->lineForTextPosition(inBlock);
    if (!line.isValid()) {
        return std::nullopt;
    }
    const QPointF origin = blockBoundingGeometry(block).translated(contentOffset()).topLeft();
    const QRectF lineBox = line.naturalTextRect().translated(origin);
    if (viewportPos.y() < lineBox.top() || viewportPos.y() > lineBox.bottom() ||
        viewportPos.x() < lineBox.left() || viewportPos.x() > lineBox.right()) {
        return std::nullopt;
    }
    // The cursor sits between two characters; the point lies over the one on its side.
    const qreal caretX = origin.x() + line.cursorToX(inBlock);
    qsizetype position = cursor.position();
    if (viewportPos.x() < caretX && inBlock > line.textStart()) {
        --position;
    }
    if (position >= m_text.size()) {
        return std::nullopt;
    }
    return position;
}

std::pair<qsizetype, qsizetype> TranscriptEditor::visibleRange() const
{
    QTextBlock block = firstVisibleBlock();
    if (!block.isValid()) {
        return {0, 0};
    }
    const qsizetype first = block.position();
    const qreal bottom = viewport()->height();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    qsizetype end = first;
    while (block.isValid() && top <= bottom) {
        end = block.position() + block.length();
        top += blockBoundingRect(block).height();
        block = block.next();
    }
    return {first, std::min<qsizetype>(end, m_text.size())};
}

QRectF TranscriptEditor::lineRect(qsizetype position) const
{
    const QTextBlock block = QPlainTextEdit::document()->findBlock(int(position));
    if (!block.isValid()) {
        return {};
    }
    const QRectF box = blockBoundingGeometry(block).translated(contentOffset());
    const QTextLayout* layout = block.layout();
    const QTextLine line =
        layout ? layout->lineForTextPosition(int(position) - block.position()) : QTextLine();
    if (!line.isValid()) {
        return box;
    }
    return QRectF(box.left(), box.top() + line.y(), box.width(), line.height());
}

void TranscriptEditor::setFramedRange(std::optional<std::pair<qsizetype, qsizetype>> range,
                                      const QColor& color)
{
    m_framed = range;
    m_frameColor = color;
    viewport()->update();
}

QMimeData* TranscriptEditor::selectionMimeData() const
{
    return createMimeDataFromSelection();
}

QMimeData* TranscriptEditor::createMimeDataFromSelection() const
{
    m_dragStarted = true;
    const QTextCursor cursor = textCursor();
    const qsizetype start = cursor.selectionStart();
    const qsizetype end = cursor.selectionEnd();
    const TextRange range{m_document.value_or(DocumentId()), start, end};
    return makeTextRangeMime(range, m_text.mid(start, end - start));
}

void TranscriptEditor::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        m_mouseSelecting = true;
        m_dragStarted = false;
        emit leftButtonPressed();
    }
    QPlainTextEdit::mousePressEvent(event);
}

void TranscriptEditor::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        m_mouseSelecting = true;
    }
    QPlainTextEdit::mouseDoubleClickEvent(event);
}

void TranscriptEditor::mouseMoveEvent(QMouseEvent* event)
{
    QPlainTextEdit::mouseMoveEvent(event);
    if (m_dragStarted) {
        // The drag loop swallowed the release: the selection did not change.
        m_mouseSelecting = false;
    }
}

void TranscriptEditor::mouseReleaseEvent(QMouseEvent* event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && m_mouseSelecting) {
        m_mouseSelecting = false;
        emit mouseSelectionFinished(event->modifiers().testFlag(Qt::AltModifier));
    }
}

void TranscriptEditor::contextMenuEvent(QContextMenuEvent* event)
{
    const QPoint viewportPos = viewport()->mapFrom(this, event->pos());
    qsizetype position = textCursor().position();
    if (event->reason() != QContextMenuEvent::Keyboard) {
        position = characterAt(viewportPos).value_or(cursorForPosition(viewportPos).position());
    }
    emit contextMenuRequested(position, event->globalPos());
}

void TranscriptEditor::dragEnterEvent(QDragEnterEvent* event)
{
    if (carriesCodes(event->mimeData())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
        return;
    }
    QPlainTextEdit::dragEnterEvent(event);
}

void TranscriptEditor::dragMoveEvent(QDragMoveEvent* event)
{
    if (carriesCodes(event->mimeData())) {
        // The default handler would move the caret under the mouse and lose the selection the
        // codes are meant for.
        event->setDropAction(Qt::CopyAction);
        event->accept();
        return;
    }
    QPlainTextEdit::dragMoveEvent(event);
}

void TranscriptEditor::dropEvent(QDropEvent* event)
{
    if (carriesCodes(event->mimeData())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
        emit codesDropped(codesFromMime(event->mimeData()));
        return;
    }
    QPlainTextEdit::dropEvent(event);
}

bool TranscriptEditor::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        emit toolTipRequested(characterAt(help->pos()).value_or(-1), help->globalPos());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void TranscriptEditor::paintEvent(QPaintEvent* event)
{
    QPlainTextEdit::paintEvent(event);
    paintFrame();
    if (m_notifyPaint) {
        m_notifyPaint = false;
        emit painted();
    }
}

void TranscriptEditor::paintFrame()
{
    if (!m_framed) {
        return;
    }
    const auto [from, to] = *m_framed;
    const auto [visibleFrom, visibleTo] = visibleRange();
    if (to <= visibleFrom || from >= visibleTo) {
        return;
    }
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(m_frameColor, 1.5));
    painter.setBrush(Qt::NoBrush);
    for (QTextBlock block = QPlainTextEdit::document()->findBlock(int(std::max(from, visibleFrom)));
         block.isValid() && block.position() < std::min(to, visibleTo); block = block.next()) {
        const QPointF origin = blockBoundingGeometry(block).translated(contentOffset()).topLeft();
        const QTextLayout* layout = block.layout();
        for (int i = 0; layout && i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const qsizetype lineStart = block.position() + line.textStart();
            const qsizetype lineEnd = lineStart + line.textLength();
            const qsizetype a = std::max(from, lineStart);
            const qsizetype b = std::min(to, lineEnd);
            if (a >= b) {
                continue;
            }
            const qreal x1 = line.cursorToX(int(a - block.position()));
            const qreal x2 = line.cursorToX(int(b - block.position()));
            const QRectF box(origin.x() + x1, origin.y() + line.y(), x2 - x1, line.height());
            painter.drawRoundedRect(box.adjusted(-1, 0, 1, 0), 3, 3);
        }
    }
}

} // namespace tessera::ui
