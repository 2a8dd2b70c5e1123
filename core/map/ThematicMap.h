#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QPointF>
#include <QSizeF>
#include <QString>

namespace tessera {

class Project;

// The thematic map (Braun & Clarke's visual of how themes relate): overarching themes, themes,
// subthemes and their codes as nodes, parent-child and theme-code links as edges. Built from a
// project; stored positions are used where present, an automatic layout elsewhere. Pure data
// for the map view (ui/) and the SVG/PNG writers.
struct MapNode {
    enum class Kind { OverarchingTheme, Theme, Subtheme, Code };
    QString key; // "theme:<GUID>" or "code:<GUID>" — stable across sessions and merges of projects
    Kind kind = Kind::Theme;
    QString label;
    QString color;    // "#RRGGBB"
    QString status;   // themes: candidate/reviewed/final; empty for codes
    QPointF position; // centre, in scene units (1 unit = 1 px at 100 %)
    QSizeF size;
    bool positionStored = false; // false: placed by the automatic layout
};

struct MapEdge {
    QString from;          // parent node key
    QString to;            // child node key
    bool codeLink = false; // theme -> code (drawn lighter) rather than theme -> subtheme
};

struct ThematicMap {
    QList<MapNode> nodes; // themes depth-first, then their codes
    QList<MapEdge> edges;
    const MapNode* node(const QString& key) const;
};

QString mapNodeKeyForTheme(const QString& guid);
QString mapNodeKeyForCode(const QString& guid);

// The map of a project: every theme, and every code linked to a theme. Node sizes follow the
// wrapped labels; nodes without a stored position are placed by applyAutomaticLayout.
ThematicMap buildThematicMap(const Project& project);
// Places every node without a stored position as a radial tree: top-level themes share the
// circle (a single one sits in the middle), each branch keeps its own sector, and levels go
// outwards on rings (themes, subthemes, codes). Nodes below a stored one move with it.
// Deterministic and overlap-free for the sizes a study has (up to ~30 themes, ~150 codes).
void applyAutomaticLayout(ThematicMap& map);

QByteArray renderThematicMapSvg(const ThematicMap& map, const QString& title);
QImage renderThematicMapImage(const ThematicMap& map, double scale = 2.0);

} // namespace tessera
