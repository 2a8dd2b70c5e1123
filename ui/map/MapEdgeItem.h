#pragma once

#include <QGraphicsPathItem>

namespace tessera::ui {

class MapNodeItem;

// A link of the thematic map, drawn beneath the nodes from centre to centre and re-drawn
// whenever either end moves. Styled as in the SVG export: theme-to-theme links strong in the
// parent's colour, theme-to-code links lighter, and a code's further links (a code shared by
// several themes) dashed and curved so shared codes stand out.
class MapEdgeItem : public QGraphicsPathItem {
public:
    MapEdgeItem(MapNodeItem* from, MapNodeItem* to, bool codeLink, bool furtherLink);

    MapNodeItem* from() const { return m_from; }
    MapNodeItem* to() const { return m_to; }
    bool isCodeLink() const { return m_codeLink; }
    void adjust();

private:
    MapNodeItem* m_from;
    MapNodeItem* m_to;
    bool m_codeLink;
    bool m_further;
};

} // namespace tessera::ui
