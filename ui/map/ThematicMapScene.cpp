#include "ThematicMapScene.h"

#include "MapEdgeItem.h"
#include "MapNodeItem.h"

#include <QGraphicsSceneMouseEvent>

namespace tessera::ui {
namespace {

// Empty space around the map, so nodes at the edge can be dragged outwards.
constexpr qreal kSceneMargin = 120.0;

} // namespace

ThematicMapScene::ThematicMapScene(QObject* parent) : QGraphicsScene(parent)
{
    // Nodes are rebuilt on every project change; a BSP index would be rebuilt with them for
    // a few dozen items.
    setItemIndexMethod(QGraphicsScene::NoIndex);
    m_keyboardTimer.setSingleShot(true);
    m_keyboardTimer.setInterval(kKeyboardSettleMs);
    connect(&m_keyboardTimer, &QTimer::timeout, this, &ThematicMapScene::flushKeyboardMoves);
}

QList<MapNodeItem*> ThematicMapScene::nodes() const
{
    return m_order;
}

void ThematicMapScene::setMap(const ThematicMap& map)
{
    // Arrow-key moves not yet reported would be lost with their items (see the header).
    Q_ASSERT(!hasPendingKeyboardMoves());
    QSet<QString> selected;
    for (const MapNodeItem* node : std::as_const(m_order)) {
        if (node->isSelected()) {
            selected.insert(node->key());
        }
    }
    const auto* focused = dynamic_cast<const MapNodeItem*>(focusItem());
    const QString focusKey = focused ? focused->key() : QString();

    clear();
    m_nodes.clear();
    m_order.clear();
    m_edges.clear();
    m_map = map;
    for (const MapNode& node : std::as_const(m_map.nodes)) {
        auto* item = new MapNodeItem(node);
        item->setKeyboardMoveHandler([this](MapNodeItem* moved) { noteKeyboardMove(moved); });
        addItem(item);
        m_nodes.insert(node.key, item);
        m_order << item;
    }
    QSet<QString> linkedCodes;
    for (const MapEdge& edge : std::as_const(m_map.edges)) {
        MapNodeItem* from = m_nodes.value(edge.from);
        MapNodeItem* to = m_nodes.value(edge.to);
        if (!from || !to) {
            continue;
        }
        // A code's second and later links mark it as shared between themes.
        const bool further = edge.codeLink && linkedCodes.contains(edge.to);
        linkedCodes.insert(edge.to);
        auto* item = new MapEdgeItem(from, to, edge.codeLink, further);
        addItem(item);
        m_edges << item;
    }
    for (MapNodeItem* node : std::as_const(m_order)) {
        node->setSelected(selected.contains(node->key()));
        if (node->key() == focusKey) {
            setFocusItem(node, Qt::OtherFocusReason);
        }
    }
    setSceneRect(
        itemsBoundingRect().adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin));
}

bool ThematicMapScene::focusNeighbour(bool next)
{
    auto* current = dynamic_cast<MapNodeItem*>(focusItem());
    const qsizetype at = current ? m_order.indexOf(current) : -1;
    const qsizetype target = next ? at + 1 : (at < 0 ? m_order.size() - 1 : at - 1);
    if (target < 0 || target >= m_order.size()) {
        if (current) {
            current->clearFocus();
        }
        return false;
    }
    MapNodeItem* node = m_order[target];
    setFocusItem(node, next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    node->ensureVisible();
    return true;
}

QHash<QString, QPointF> ThematicMapScene::positions() const
{
    QHash<QString, QPointF> positions;
    for (const MapNodeItem* node : std::as_const(m_order)) {
        positions.insert(node->key(), node->pos());
    }
    return positions;
}

void ThematicMapScene::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    QGraphicsScene::mousePressEvent(event);
    m_pressPositions.clear();
    if (event->button() != Qt::LeftButton) {
        return;
    }
    // The base class has selected the node under the pointer by now; every selected node
    // moves with it.
    for (const MapNodeItem* node : std::as_const(m_order)) {
        if (node->isSelected() || node->isUnderMouse()) {
            m_pressPositions.insert(node->key(), node->pos());
        }
    }
    m_dragging = mouseGrabberItem() != nullptr;
}

void ThematicMapScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton) {
        return;
    }
    QHash<QString, QPointF> moved;
    for (auto it = m_pressPositions.cbegin(); it != m_pressPositions.cend(); ++it) {
        if (const MapNodeItem* node = m_nodes.value(it.key()); node && node->pos() != it.value()) {
            moved.insert(it.key(), node->pos());
        }
    }
    m_pressPositions.clear();
    const bool wasDragging = std::exchange(m_dragging, false);
    if (!moved.isEmpty()) {
        setSceneRect(sceneRect().united(itemsBoundingRect().adjusted(-kSceneMargin, -kSceneMargin,
                                                                     kSceneMargin, kSceneMargin)));
        emit nodesMoved(moved);
    }
    if (wasDragging) {
        emit dragFinished();
    }
}

void ThematicMapScene::noteKeyboardMove(MapNodeItem* node)
{
    m_keyboardMoved.insert(node->key());
    m_keyboardTimer.start();
}

void ThematicMapScene::flushKeyboardMoves()
{
    m_keyboardTimer.stop();
    if (m_keyboardMoved.isEmpty()) {
        return;
    }
    QHash<QString, QPointF> moved;
    for (const QString& key : std::as_const(m_keyboardMoved)) {
        if (const MapNodeItem* node = m_nodes.value(key)) {
            moved.insert(key, node->pos());
        }
    }
    m_keyboardMoved.clear();
    if (!moved.isEmpty()) {
        emit nodesMoved(moved);
    }
}

} // namespace tessera::ui
