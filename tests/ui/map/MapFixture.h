#pragma once

#include "ui/models/ModelTestFixture.h"

#include <memory>

namespace tessera::ui {
class ThematicMapPane;
class MapNodeItem;
} // namespace tessera::ui

namespace tessera::ui::test {

// A thematic map pane over a fresh sample study, shown offscreen at a fixed size. Tests check
// the project FILE through a second connection (reopen()).
class MapFixture : public ModelTestFixture {
protected:
    void SetUp() override;
    void TearDown() override;

    ThematicMapPane& pane() const { return *m_pane; }
    MapNodeItem* nodeLabelled(const QString& label) const;
    // Lets queued refreshes run.
    static void settle();

    std::unique_ptr<ThematicMapPane> m_pane;
};

} // namespace tessera::ui::test
