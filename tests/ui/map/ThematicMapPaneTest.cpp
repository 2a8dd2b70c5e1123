#include "map/ThematicMapPane.h"

#include "MapFixture.h"
#include "map/MapEdgeItem.h"
#include "map/MapNodeItem.h"
#include "map/ThematicMap.h"
#include "map/ThematicMapScene.h"
#include "map/ThematicMapView.h"

#include <QAction>
#include <QApplication>
#include <QSet>
#include <QTest>
#include <QWheelEvent>

namespace tessera::ui::test {
namespace {

class ThematicMapPaneTest : public MapFixture {
protected:
    QPoint onScreen(const MapNodeItem* node) const
    {
        return pane().view()->mapFromScene(node->pos());
    }
};

TEST_F(ThematicMapPaneTest, hasANodePerThemeAndLinkedCodeAndALinkPerRelation)
{
    const ThematicMap expected = buildThematicMap(project());
    const QList<MapNodeItem*> nodes = pane().scene()->nodes();
    ASSERT_EQ(nodes.size(), expected.nodes.size());
    QSet<QString> themeKeys;
    for (const Theme& theme : project().themes()) {
        themeKeys.insert(mapNodeKeyForTheme(theme.guid));
    }
    QSet<QString> codeKeys;
    for (const Code& code : project().codes()) {
        if (!project().themesOfCode(code.id).isEmpty()) {
            codeKeys.insert(mapNodeKeyForCode(code.guid));
        }
    }
    QSet<QString> shown;
    for (const MapNodeItem* node : nodes) {
        shown.insert(node->key());
    }
    EXPECT_EQ(shown, themeKeys + codeKeys);
    EXPECT_EQ(pane().scene()->edges().size(), expected.edges.size());
    // Every link joins the items of its two nodes.
    for (const MapEdgeItem* edge : pane().scene()->edges()) {
        EXPECT_EQ(edge->path().elementAt(0), QPointF(edge->from()->pos()));
    }
}

TEST_F(ThematicMapPaneTest, draggingANodeStoresTheLayoutAsOneUndoableStep)
{
    MapNodeItem* node = nodeLabelled(QStringLiteral("Digital poverty decides who is reached"));
    ASSERT_NE(node, nullptr);
    pane().view()->setZoom(1.0);
    pane().view()->centerOn(node);
    const QString key = node->key();
    const QPointF before = node->pos();
    QWidget* viewport = pane().view()->viewport();
    const QPoint start = onScreen(node);
    const QPoint end = start + QPoint(60, 40);

    QTest::mousePress(viewport, Qt::LeftButton, {}, start);
    QTest::mouseMove(viewport, start + QPoint(20, 10));
    QTest::mouseMove(viewport, end);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, end);
    settle();

    auto stored = reopen();
    const QHash<QString, QPointF> positions = stored->mapPositions();
    ASSERT_TRUE(positions.contains(key));
    EXPECT_NEAR(positions.value(key).x(), before.x() + 60, 1.0);
    EXPECT_NEAR(positions.value(key).y(), before.y() + 40, 1.0);
    // The rest of the map is kept as it was on screen.
    EXPECT_EQ(positions.size(), pane().scene()->nodes().size());
    // The rebuilt node sits where it was dropped, its links with it.
    MapNodeItem* moved = pane().scene()->node(key);
    ASSERT_NE(moved, nullptr);
    EXPECT_NEAR(moved->pos().x(), before.x() + 60, 1.0);

    ASSERT_TRUE(project().undo().ok());
    settle();
    EXPECT_TRUE(reopen()->mapPositions().isEmpty());
    EXPECT_EQ(pane().scene()->node(key)->pos(), before);
}

TEST_F(ThematicMapPaneTest, tabFocusesANodeAndArrowKeysMoveIt)
{
    ThematicMapView* view = pane().view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Tab);
    auto* focused = dynamic_cast<MapNodeItem*>(pane().scene()->focusItem());
    ASSERT_NE(focused, nullptr);
    EXPECT_FALSE(view->accessibleDescription().isEmpty());
    const QString key = focused->key();
    const QPointF before = focused->pos();

    QTest::keyClick(view, Qt::Key_Right);
    QTest::keyClick(view, Qt::Key_Right);
    QTest::keyClick(view, Qt::Key_Down);
    EXPECT_EQ(focused->pos(), before + QPointF(2 * MapNodeItem::kKeyStep, MapNodeItem::kKeyStep));
    // Stored once the keys rest, as one step.
    EXPECT_TRUE(reopen()->mapPositions().isEmpty());
    QTest::qWait(ThematicMapScene::kKeyboardSettleMs + 200);
    settle();
    EXPECT_EQ(reopen()->mapPositions().value(key),
              before + QPointF(2 * MapNodeItem::kKeyStep, MapNodeItem::kKeyStep));
    // The node keeps the focus through the refresh.
    auto* still = dynamic_cast<MapNodeItem*>(pane().scene()->focusItem());
    ASSERT_NE(still, nullptr);
    EXPECT_EQ(still->key(), key);

    ASSERT_TRUE(project().undo().ok());
    EXPECT_TRUE(reopen()->mapPositions().isEmpty());
}

TEST_F(ThematicMapPaneTest, resetLayoutClearsTheStoredPositionsUndoably)
{
    MapNodeItem* node = nodeLabelled(QStringLiteral("The office in the kitchen"));
    ASSERT_NE(node, nullptr);
    // Items are rebuilt on every change: keep the key, not the item.
    const QString key = node->key();
    const QPointF automatic = node->pos();
    ASSERT_TRUE(project()
                    .setMapPositions(QHash<QString, QPointF>{{key, automatic + QPointF(300, 0)}})
                    .ok());
    settle();
    EXPECT_EQ(pane().scene()->node(key)->pos(), automatic + QPointF(300, 0));

    pane().resetLayoutAction()->trigger();
    settle();
    EXPECT_TRUE(reopen()->mapPositions().isEmpty());
    EXPECT_EQ(pane().scene()->node(key)->pos(), automatic);

    ASSERT_TRUE(project().undo().ok());
    EXPECT_EQ(reopen()->mapPositions().size(), 1);
}

TEST_F(ThematicMapPaneTest, refreshFollowsThemeChangesAndKeepsTheZoom)
{
    pane().view()->setZoom(0.5);
    const ThemeId id = theme(QStringLiteral("Learning as we went"));
    ThemeFields fields = project().theme(id)->fields;
    fields.name = QStringLiteral("Learning on the hoof");
    ASSERT_TRUE(project().updateTheme(id, fields).ok());
    settle();
    EXPECT_NE(nodeLabelled(QStringLiteral("Learning on the hoof")), nullptr);
    EXPECT_DOUBLE_EQ(pane().view()->zoom(), 0.5);

    const int before = int(pane().scene()->nodes().size());
    const CodeId unthemed = project().unthemedCodes().value(0);
    ASSERT_TRUE(project().linkCodeToTheme(unthemed, id).ok());
    settle();
    EXPECT_EQ(pane().scene()->nodes().size(), before + 1);
}

TEST_F(ThematicMapPaneTest, zoomsWithCtrlWheelAndTheZoomKeys)
{
    ThematicMapView* view = pane().view();
    view->setZoom(1.0);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
    EXPECT_LT(view->zoom(), 1.0);
    QTest::keyClick(view, Qt::Key_Equal, Qt::ControlModifier);
    EXPECT_NEAR(view->zoom(), 1.0, 1e-9);

    const QPoint centre = view->viewport()->rect().center();
    QWheelEvent wheel(centre, view->viewport()->mapToGlobal(centre), {}, QPoint(0, 120),
                      Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &wheel);
    EXPECT_NEAR(view->zoom(), ThematicMapView::kZoomStep, 1e-9);

    QTest::keyClick(view, Qt::Key_0, Qt::ControlModifier); // fit
    const QRectF shown = view->mapToScene(view->viewport()->rect()).boundingRect();
    EXPECT_TRUE(shown.contains(pane().scene()->itemsBoundingRect()));
}

} // namespace
} // namespace tessera::ui::test
