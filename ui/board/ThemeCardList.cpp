#include "ThemeCardList.h"

#include "ThemeBoardModel.h"
#include "ThemeCardDelegate.h"
#include "common/MimeTypes.h"

#include <QDragEnterEvent>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>

namespace tessera::ui {

ThemeCardList::ThemeCardList(ThemeStatus status, QWidget* parent)
    : QListView(parent), m_status(status)
{
    setItemDelegate(new ThemeCardDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Cards are as wide as the column and re-measured when it is resized.
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(false);
    setWordWrap(true);
    setSpacing(6);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::CopyAction);
    // The list paints its own drop highlight (a whole card, or the whole column).
    setDropIndicatorShown(false);
    // Cards in the Base colour stand out from a column in the Window colour, in light and dark
    // palettes alike.
    viewport()->setBackgroundRole(QPalette::Window);
}

std::optional<ThemeId> ThemeCardList::themeAt(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return std::nullopt;
    }
    return ThemeId(index.data(ThemeBoardModel::ThemeIdRole).toLongLong());
}

std::optional<ThemeId> ThemeCardList::currentTheme() const
{
    return selectionModel() && selectionModel()->hasSelection() ? themeAt(currentIndex())
                                                                : std::nullopt;
}

bool ThemeCardList::acceptsDrag(const QMimeData* mime, const QPoint& pos, QModelIndex* target) const
{
    *target = {};
    if (!codesFromMime(mime).isEmpty()) {
        *target = indexAt(pos);
        return target->isValid();
    }
    return !themesFromMime(mime).isEmpty();
}

void ThemeCardList::dragEnterEvent(QDragEnterEvent* event)
{
    QModelIndex target;
    if (!codesFromMime(event->mimeData()).isEmpty() ||
        !themesFromMime(event->mimeData()).isEmpty()) {
        // Codes may enter over empty space and then move onto a card: accept the entry and let
        // dragMoveEvent decide per position.
        setState(QAbstractItemView::DraggingState);
        event->setDropAction(Qt::CopyAction);
        event->accept();
        const bool accepted = acceptsDrag(event->mimeData(), event->position().toPoint(), &target);
        setDropTarget(target, accepted && !target.isValid());
        return;
    }
    event->ignore();
}

void ThemeCardList::dragMoveEvent(QDragMoveEvent* event)
{
    // The base class scrolls near the edges; its own verdict is replaced below.
    QListView::dragMoveEvent(event);
    QModelIndex target;
    const bool accepted = acceptsDrag(event->mimeData(), event->position().toPoint(), &target);
    setDropTarget(target, accepted && !target.isValid());
    if (accepted) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void ThemeCardList::dragLeaveEvent(QDragLeaveEvent* event)
{
    QListView::dragLeaveEvent(event);
    setDropTarget({}, false);
}

void ThemeCardList::dropEvent(QDropEvent* event)
{
    QModelIndex target;
    const bool accepted = acceptsDrag(event->mimeData(), event->position().toPoint(), &target);
    setDropTarget({}, false);
    stopAutoScroll();
    setState(QAbstractItemView::NoState);
    if (!accepted) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    if (target.isValid()) {
        if (const auto theme = themeAt(target)) {
            emit codesDropped(codesFromMime(event->mimeData()), *theme);
        }
        return;
    }
    emit themesDropped(themesFromMime(event->mimeData()), m_status);
}

void ThemeCardList::setDropTarget(const QModelIndex& target, bool wholeColumn)
{
    if (QPersistentModelIndex(target) != m_dropTarget || wholeColumn != m_columnTargeted) {
        m_dropTarget = target;
        m_columnTargeted = wholeColumn;
        viewport()->update();
    }
}

void ThemeCardList::paintEvent(QPaintEvent* event)
{
    QListView::paintEvent(event);
    if (!m_dropTarget.isValid() && !m_columnTargeted) {
        return;
    }
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2.0, Qt::DashLine));
    const QRect area = m_dropTarget.isValid() ? visualRect(m_dropTarget)
                                              : viewport()->rect().adjusted(2, 2, -2, -2);
    QPainterPath outline;
    outline.addRoundedRect(QRectF(area).adjusted(1, 1, -1, -1), 6, 6);
    painter.drawPath(outline);
}

} // namespace tessera::ui
