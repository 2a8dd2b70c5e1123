#include "MapEdgeItem.h"

#include "MapNodeItem.h"

#include <QPainterPath>
#include <QPen>

namespace tessera::ui {

MapEdgeItem::MapEdgeItem(MapNodeItem* from, MapNodeItem* to, bool codeLink, bool furtherLink)
    : m_from(from), m_to(to), m_codeLink(codeLink), m_further(codeLink && furtherLink)
{
    setZValue(-1);
    // Links take no clicks: a press near one starts a rubber band instead of selecting it.
    setAcceptedMouseButtons(Qt::NoButton);
    QColor color(from->node().color);
    if (!color.isValid()) {
        color = QColor(0x6B, 0x72, 0x80); // the export's neutral grey, for a theme without colour
    }
    QPen pen;
    if (m_codeLink) {
        color.setAlpha(m_further ? 150 : 170);
        pen = QPen(color, 1.3, m_further ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap);
    } else {
        pen = QPen(color.darker(115), 2.4, Qt::SolidLine, Qt::RoundCap);
    }
    setPen(pen);
    from->addEdge(this);
    to->addEdge(this);
    adjust();
}

void MapEdgeItem::adjust()
{
    const QPointF start = m_from->pos();
    const QPointF end = m_to->pos();
    QPainterPath path(start);
    if (!m_further) {
        path.lineTo(end);
    } else {
        // The same bend as the SVG export, so a shared code's links look alike in both.
        const QPointF delta = end - start;
        const QPointF bend(-delta.y() * 0.18, delta.x() * 0.18);
        path.quadTo((start + end) / 2 + bend, end);
    }
    setPath(path);
}

} // namespace tessera::ui
