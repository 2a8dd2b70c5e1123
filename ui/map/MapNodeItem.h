#pragma once

#include "map/ThematicMap.h"

#include <QGraphicsItem>

#include <functional>

namespace tessera::ui {

class MapEdgeItem;

// A node of the thematic map: a rounded rectangle in its theme's or code's colour with the
// label inside, styled by kind (overarching themes bold, codes smaller) and status (candidate
// dashed, final heavier), as in the SVG export. Movable with the mouse and, once focused (Tab),
// with the arrow keys; its links follow it.
class MapNodeItem : public QGraphicsItem {
public:
    // Arrow-key step in scene units; with Alt held, one unit.
    static constexpr qreal kKeyStep = 10.0;

    explicit MapNodeItem(const MapNode& node);

    const MapNode& node() const { return m_node; }
    QString key() const { return m_node.key; }
    void addEdge(MapEdgeItem* edge) { m_edges << edge; }
    // Called after each arrow-key move (the scene gathers them into one stored step).
    void setKeyboardMoveHandler(std::function<void(MapNodeItem*)> handler);
    // "Theme, candidate" / "Code": for the status bar and screen readers.
    QString description() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    QRectF frame() const;

    MapNode m_node;
    QList<MapEdgeItem*> m_edges;
    std::function<void(MapNodeItem*)> m_keyboardMoved;
};

} // namespace tessera::ui
