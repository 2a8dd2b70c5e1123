#include "ThematicMap.h"

#include "ThematicMapStyle.h"
#include "project/Project.h"

#include <QHash>
#include <QSet>

namespace tessera {

const MapNode* ThematicMap::node(const QString& key) const
{
    for (const MapNode& n : nodes) {
        if (n.key == key) {
            return &n;
        }
    }
    return nullptr;
}

// The node keys are also written as SQL ('theme:' || guid) where themes and codes are deleted
// (core/project): keep the prefixes in step.
QString mapNodeKeyForTheme(const QString& guid)
{
    return QStringLiteral("theme:") + guid;
}

QString mapNodeKeyForCode(const QString& guid)
{
    return QStringLiteral("code:") + guid;
}

namespace {

// Braun & Clarke's levels: a top-level theme that groups others is overarching; below it are
// themes, and anything deeper is a subtheme. A top-level theme on its own is simply a theme.
MapNode::Kind kindOf(const Theme& theme, const QSet<qint64>& parents)
{
    if (theme.depth == 0) {
        return parents.contains(theme.id.value) ? MapNode::Kind::OverarchingTheme
                                                : MapNode::Kind::Theme;
    }
    return theme.depth == 1 ? MapNode::Kind::Theme : MapNode::Kind::Subtheme;
}

MapNode makeNode(const QString& key, MapNode::Kind kind, const QString& label, const QString& color,
                 const QString& status, const QHash<QString, QPointF>& stored)
{
    MapNode node;
    node.key = key;
    node.kind = kind;
    node.label = label;
    node.color = color;
    node.status = status;
    node.size = mapstyle::nodeSize(label, kind);
    if (auto it = stored.constFind(key); it != stored.constEnd()) {
        node.position = *it;
        node.positionStored = true;
    }
    return node;
}

} // namespace

ThematicMap buildThematicMap(const Project& project)
{
    const QList<Theme> themes = project.themes();
    const QHash<QString, QPointF> stored = project.mapPositions();
    QHash<qint64, Code> codes;
    for (const Code& c : project.codes()) {
        codes.insert(c.id.value, c);
    }
    QSet<qint64> parents;
    QHash<qint64, QString> themeKeys;
    for (const Theme& t : themes) {
        if (t.parentId) {
            parents.insert(t.parentId->value);
        }
        themeKeys.insert(t.id.value, mapNodeKeyForTheme(t.guid));
    }

    ThematicMap map;
    QList<MapNode> codeNodes;
    QList<MapEdge> codeEdges;
    QSet<qint64> placedCodes;
    for (const Theme& t : themes) {
        const QString key = themeKeys.value(t.id.value);
        map.nodes << makeNode(key, kindOf(t, parents), t.fields.name, t.fields.color,
                              themeStatusName(t.fields.status), stored);
        if (t.parentId) {
            map.edges << MapEdge{themeKeys.value(t.parentId->value), key, false};
        }
        // A code in two themes is one node with an edge from each: the map shows the overlap.
        for (CodeId codeId : project.codesOfTheme(t.id)) {
            const auto it = codes.constFind(codeId.value);
            if (it == codes.constEnd()) {
                continue;
            }
            const QString codeKey = mapNodeKeyForCode(it->guid);
            if (!placedCodes.contains(codeId.value)) {
                placedCodes.insert(codeId.value);
                codeNodes << makeNode(codeKey, MapNode::Kind::Code, it->fields.name,
                                      it->fields.color, QString(), stored);
            }
            codeEdges << MapEdge{key, codeKey, true};
        }
    }
    map.nodes << codeNodes;
    map.edges << codeEdges;
    applyAutomaticLayout(map);
    return map;
}

} // namespace tessera
