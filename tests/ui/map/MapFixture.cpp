#include "MapFixture.h"

#include "map/MapNodeItem.h"
#include "map/ThematicMapPane.h"
#include "map/ThematicMapScene.h"

#include <QCoreApplication>
#include <QTest>

namespace tessera::ui::test {

void MapFixture::SetUp()
{
    ModelTestFixture::SetUp();
    m_pane = std::make_unique<ThematicMapPane>(state());
    m_pane->resize(1200, 800);
    m_pane->show();
    // The scene gives items the focus only while its view's window is active.
    m_pane->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_pane.get()));
    settle();
}

void MapFixture::TearDown()
{
    m_pane.reset();
    ModelTestFixture::TearDown();
}

MapNodeItem* MapFixture::nodeLabelled(const QString& label) const
{
    for (MapNodeItem* node : m_pane->scene()->nodes()) {
        if (node->node().label == label) {
            return node;
        }
    }
    ADD_FAILURE() << "no node " << label.toStdString();
    return nullptr;
}

void MapFixture::settle()
{
    // Twice: a refresh may itself queue the view's fit or a repaint.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

} // namespace tessera::ui::test
