#pragma once

#include "map/ThematicMap.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>
#include <QTimer>

namespace tessera::ui {

class MapEdgeItem;
class MapNodeItem;

// The items of one thematic map (core/map): a MapNodeItem per theme and code, a MapEdgeItem
// per link. Reports each finished move once: a mouse drag when the button is released (however
// many selected nodes moved with it), a run of arrow-key moves when the keys have rested for
// kKeyboardSettleMs, so each becomes one undoable step rather than one per pixel or key press.
class ThematicMapScene : public QGraphicsScene {
    Q_OBJECT

public:
    static constexpr int kKeyboardSettleMs = 600;

    explicit ThematicMapScene(QObject* parent = nullptr);

    // Rebuilds the items; the selection and the focused node are kept by node key. Report
    // pending arrow-key moves first (flushKeyboardMoves).
    void setMap(const ThematicMap& map);
    const ThematicMap& map() const { return m_map; }
    MapNodeItem* node(const QString& key) const { return m_nodes.value(key); }
    QList<MapNodeItem*> nodes() const;
    const QList<MapEdgeItem*>& edges() const { return m_edges; }
    // Where every node is now, in scene units.
    QHash<QString, QPointF> positions() const;
    bool isDragging() const { return m_dragging; }
    // Tab and Shift+Tab: focuses the next or previous node in map order (QGraphicsScene only
    // chains graphics widgets). False past either end, with no node focused, so the keyboard
    // focus can leave the map.
    bool focusNeighbour(bool next);
    bool hasPendingKeyboardMoves() const { return !m_keyboardMoved.isEmpty(); }
    // Reports pending arrow-key moves now (before a rebuild, tests).
    void flushKeyboardMoves();

signals:
    // `moved`: the nodes whose position changed in one drag or one run of arrow keys.
    void nodesMoved(const QHash<QString, QPointF>& moved);
    // After a drag: the pane applies a refresh it had to hold back meanwhile.
    void dragFinished();

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;

private:
    void noteKeyboardMove(MapNodeItem* node);

    ThematicMap m_map;
    QHash<QString, MapNodeItem*> m_nodes;
    QList<MapNodeItem*> m_order; // map order: Tab visits themes depth-first, then codes
    QList<MapEdgeItem*> m_edges;
    QHash<QString, QPointF> m_pressPositions;
    QSet<QString> m_keyboardMoved;
    QTimer m_keyboardTimer;
    bool m_dragging = false;
};

} // namespace tessera::ui
