#include "ThematicMapView.h"

#include "ThematicMapScene.h"

#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace tessera::ui {

ThematicMapView::ThematicMapView(QWidget* parent) : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    // Edges follow dragged nodes; a full repaint avoids trails of partly updated lines.
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
}

void ThematicMapView::setZoom(double wanted)
{
    const double clamped = std::clamp(wanted, kMinZoom, kMaxZoom);
    if (std::abs(clamped - zoom()) < 1e-9) {
        return;
    }
    setTransform(QTransform::fromScale(clamped, clamped));
    emit zoomChanged(clamped);
}

void ThematicMapView::zoomToFit()
{
    if (!scene()) {
        return;
    }
    const QRectF content = scene()->itemsBoundingRect().adjusted(-20, -20, 20, 20);
    if (content.isEmpty()) {
        setZoom(1.0);
        return;
    }
    const QRectF area = viewport()->rect();
    const double fit = std::min(area.width() / content.width(), area.height() / content.height());
    setZoom(std::min(1.0, fit));
    centerOn(content.center());
}

bool ThematicMapView::focusNextPrevChild(bool next)
{
    // Tab walks through the nodes before it leaves the map.
    if (auto* map = qobject_cast<ThematicMapScene*>(scene()); map && map->focusNeighbour(next)) {
        return true;
    }
    return QGraphicsView::focusNextPrevChild(next);
}

void ThematicMapView::wheelEvent(QWheelEvent* event)
{
    if (!event->modifiers().testFlag(Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    // One notch (120) zooms one step; touchpads send smaller deltas for smoother zooming.
    const double notches = event->angleDelta().y() / 120.0;
    setZoom(zoom() * std::pow(kZoomStep, notches));
    event->accept();
}

} // namespace tessera::ui
