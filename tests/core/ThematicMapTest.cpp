// The thematic map model: which nodes and edges a project gives, their sizes, and the automatic
// layout (overlap-free, deterministic, respectful of positions the user stored). Rendering needs
// fonts and lives in tests/map.

#include "map/ThematicMap.h"

#include "ProjectFixture.h"
#include "common/Environment.h"
#include "map/ThematicMapStyle.h"
#include "sample/SampleStudy.h"

#include <QRectF>
#include <QSet>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace tessera::test {
namespace {

QRectF rectOf(const MapNode& node)
{
    return {node.position - QPointF(node.size.width() / 2, node.size.height() / 2), node.size};
}

// Pairs of nodes whose boxes overlap, as "label / label", for readable failures.
QStringList overlaps(const ThematicMap& map)
{
    QStringList found;
    for (int i = 0; i < map.nodes.size(); ++i) {
        for (int j = i + 1; j < map.nodes.size(); ++j) {
            if (rectOf(map.nodes[i]).intersects(rectOf(map.nodes[j]))) {
                found << map.nodes[i].label + u" / "_s + map.nodes[j].label;
            }
        }
    }
    return found;
}

int countKind(const ThematicMap& map, MapNode::Kind kind)
{
    return int(std::count_if(map.nodes.cbegin(), map.nodes.cend(),
                             [kind](const MapNode& n) { return n.kind == kind; }));
}

class ThematicMapSampleTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        Environment::useDeterministicSeams();
        ASSERT_TRUE(m_dir.isValid());
        m_project = unwrap(createSampleStudy(m_dir.filePath(u"sample.tessera"_s)), "sample");
    }
    void TearDown() override
    {
        m_project.reset();
        Environment::resetSeams();
    }
    Project& project() { return *m_project; }

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
};

TEST_F(ThematicMapSampleTest, sampleMap_themesCodesKindsAndEdges)
{
    const ThematicMap map = buildThematicMap(project());
    const QList<Theme> themes = project().themes();
    ASSERT_EQ(themes.size(), 12);

    QSet<CodeId> linkedCodes;
    int links = 0;
    for (const Theme& t : themes) {
        const QList<CodeId> codes = project().codesOfTheme(t.id);
        links += int(codes.size());
        linkedCodes.unite(QSet<CodeId>(codes.cbegin(), codes.cend()));
    }
    EXPECT_EQ(countKind(map, MapNode::Kind::OverarchingTheme), 3);
    EXPECT_EQ(countKind(map, MapNode::Kind::Theme), 9);
    EXPECT_EQ(countKind(map, MapNode::Kind::Subtheme), 0);
    EXPECT_EQ(countKind(map, MapNode::Kind::Code), linkedCodes.size());
    EXPECT_EQ(map.nodes.size(), 12 + linkedCodes.size());

    // Themes depth-first first, in the theme tree's order, then codes.
    for (int i = 0; i < themes.size(); ++i) {
        EXPECT_EQ(map.nodes[i].key, mapNodeKeyForTheme(themes[i].guid));
        EXPECT_EQ(map.nodes[i].label, themes[i].fields.name);
        EXPECT_EQ(map.nodes[i].color, themes[i].fields.color);
        EXPECT_EQ(map.nodes[i].status, themeStatusName(themes[i].fields.status));
        EXPECT_EQ(map.nodes[i].kind,
                  themes[i].depth == 0 ? MapNode::Kind::OverarchingTheme : MapNode::Kind::Theme);
    }
    for (CodeId id : linkedCodes) {
        const Code c = *project().code(id);
        const MapNode* node = map.node(mapNodeKeyForCode(c.guid));
        ASSERT_NE(node, nullptr) << c.path.toStdString();
        EXPECT_EQ(node->kind, MapNode::Kind::Code);
        EXPECT_EQ(node->label, c.fields.name);
        EXPECT_TRUE(node->status.isEmpty());
    }

    EXPECT_EQ(map.edges.size(), 9 + links);
    int themeEdges = 0;
    for (const MapEdge& e : map.edges) {
        ASSERT_NE(map.node(e.from), nullptr);
        ASSERT_NE(map.node(e.to), nullptr);
        EXPECT_NE(map.node(e.from)->kind, MapNode::Kind::Code);
        EXPECT_EQ(e.codeLink, map.node(e.to)->kind == MapNode::Kind::Code);
        themeEdges += e.codeLink ? 0 : 1;
    }
    EXPECT_EQ(themeEdges, 9);
    EXPECT_EQ(map.node(u"theme:nonsense"_s), nullptr);
}

TEST_F(ThematicMapSampleTest, automaticLayout_noOverlaps_deterministic)
{
    const ThematicMap map = buildThematicMap(project());
    EXPECT_EQ(overlaps(map), QStringList());
    for (const MapNode& n : map.nodes) {
        EXPECT_FALSE(n.positionStored);
        EXPECT_TRUE(std::isfinite(n.position.x()) && std::isfinite(n.position.y()));
    }
    const ThematicMap again = buildThematicMap(project());
    ThematicMap relaid = map;
    applyAutomaticLayout(relaid);
    for (int i = 0; i < map.nodes.size(); ++i) {
        EXPECT_EQ(again.nodes[i].position, map.nodes[i].position) << i;
        EXPECT_EQ(relaid.nodes[i].position, map.nodes[i].position) << i;
    }
    // Readable: the map is not stretched into a line, nor enormous for twelve themes.
    QRectF bounds;
    for (const MapNode& n : map.nodes) {
        bounds = bounds.united(rectOf(n));
    }
    EXPECT_LT(bounds.width(), 3000);
    EXPECT_LT(bounds.height(), 3000);
    EXPECT_GT(bounds.height(), bounds.width() / 3);
}

TEST_F(ThematicMapSampleTest, storedPositions_win_andBranchesFollowTheirParent)
{
    const ThematicMap automatic = buildThematicMap(project());
    const Theme first = project().themes().first(); // an overarching theme
    const QString key = mapNodeKeyForTheme(first.guid);
    const QPointF moved = automatic.node(key)->position + QPointF(4000, 3000);
    TESSERA_ASSERT_OK(project().setMapPositions({{key, moved}}));

    const ThematicMap map = buildThematicMap(project());
    const MapNode* stored = map.node(key);
    ASSERT_NE(stored, nullptr);
    EXPECT_TRUE(stored->positionStored);
    EXPECT_EQ(stored->position, moved);
    for (const MapNode& n : map.nodes) {
        EXPECT_EQ(n.positionStored, n.key == key);
    }
    EXPECT_EQ(overlaps(map), QStringList());
    // Its themes came along rather than staying by the other overarching themes.
    for (const MapEdge& e : map.edges) {
        if (e.from == key) {
            const QPointF d = map.node(e.to)->position - moved;
            EXPECT_LT(std::hypot(d.x(), d.y()), 1200) << map.node(e.to)->label.toStdString();
        }
    }
    ThematicMap relaid = map;
    applyAutomaticLayout(relaid);
    EXPECT_EQ(relaid.node(key)->position, moved);
}

class ThematicMapTest : public ProjectTest {};

TEST_F(ThematicMapTest, kinds_byDepth_andSharedCodeIsOneNode)
{
    const ThemeId alone = addTheme(u"Alone"_s, std::nullopt, ThemeStatus::Final);
    const ThemeId top = addTheme(u"Top"_s);
    const ThemeId mid = addTheme(u"Mid"_s, top, ThemeStatus::Reviewed);
    const ThemeId deep = addTheme(u"Deep"_s, mid);
    const ThemeId deeper = addTheme(u"Deeper"_s, deep);
    const CodeId shared = addCode(u"Shared"_s);
    addCode(u"Unlinked"_s);
    TESSERA_ASSERT_OK(project().linkCodeToTheme(shared, deeper));
    TESSERA_ASSERT_OK(project().linkCodeToTheme(shared, alone));

    const ThematicMap map = buildThematicMap(project());
    auto kindOf = [&](ThemeId id) {
        return map.node(mapNodeKeyForTheme(project().theme(id)->guid))->kind;
    };
    EXPECT_EQ(kindOf(alone), MapNode::Kind::Theme);
    EXPECT_EQ(kindOf(top), MapNode::Kind::OverarchingTheme);
    EXPECT_EQ(kindOf(mid), MapNode::Kind::Theme);
    EXPECT_EQ(kindOf(deep), MapNode::Kind::Subtheme);
    EXPECT_EQ(kindOf(deeper), MapNode::Kind::Subtheme);
    EXPECT_EQ(map.node(mapNodeKeyForTheme(project().theme(mid)->guid))->status, u"reviewed"_s);
    ASSERT_EQ(map.nodes.size(), 6); // five themes and the one linked code
    const QString codeKey = mapNodeKeyForCode(project().code(shared)->guid);
    EXPECT_EQ(map.nodes.last().key, codeKey);
    QStringList into;
    for (const MapEdge& e : map.edges) {
        if (e.to == codeKey) {
            EXPECT_TRUE(e.codeLink);
            into << map.node(e.from)->label;
        }
    }
    EXPECT_EQ(into, (QStringList{u"Alone"_s, u"Deeper"_s})); // in theme order
    EXPECT_EQ(overlaps(map), QStringList());
}

TEST_F(ThematicMapTest, emptyProject_emptyMap)
{
    const ThematicMap map = buildThematicMap(project());
    EXPECT_TRUE(map.nodes.isEmpty());
    EXPECT_TRUE(map.edges.isEmpty());
}

TEST(ThematicMapStyleTest, nodeSize_wrapsLongLabels)
{
    using mapstyle::nodeSize;
    const QSizeF shortCode = nodeSize(u"Data"_s, MapNode::Kind::Code);
    const QSizeF longCode =
        nodeSize(u"Families preferring remote contact over home visits"_s, MapNode::Kind::Code);
    const QSizeF longWord = nodeSize(QString(80, u'W'), MapNode::Kind::Code);
    const mapstyle::NodeStyle& style = mapstyle::styleFor(MapNode::Kind::Code);
    EXPECT_EQ(shortCode.width(), style.minWidth);
    EXPECT_GT(longCode.height(), shortCode.height()); // wrapped onto more lines
    for (const QSizeF& s : {longCode, longWord}) {
        EXPECT_LE(s.width(), style.maxTextWidth + 2 * style.paddingX + 1);
    }
    EXPECT_GT(longWord.height(), longCode.height());
    EXPECT_GT(nodeSize(u"Data"_s, MapNode::Kind::OverarchingTheme).height(), shortCode.height());
    EXPECT_EQ(
        mapstyle::wrapLabel(u"Digital  poverty decides who is reached"_s, MapNode::Kind::Theme)
            .join(u' '),
        u"Digital poverty decides who is reached"_s);
}

// A study at the upper end the layout promises: 30 themes (5 overarching with 3 themes each, a
// subtheme under two of those) and 150 codes, some shared between themes.
TEST(ThematicMapLayoutTest, largeStudy_noOverlaps_deterministic)
{
    ThematicMap map;
    QList<MapEdge> codeEdges;
    auto add = [&map](const QString& key, MapNode::Kind kind, const QString& label) {
        MapNode n;
        n.key = key;
        n.kind = kind;
        n.label = label;
        n.color = u"#1F77B4"_s;
        n.size = mapstyle::nodeSize(label, kind);
        map.nodes << n;
    };
    QStringList leafThemes;
    int themeCount = 0;
    for (int o = 0; o < 5; ++o) {
        const QString okey = u"theme:o%1"_s.arg(o);
        add(okey, MapNode::Kind::OverarchingTheme, u"Overarching theme number %1"_s.arg(o));
        ++themeCount;
        for (int t = 0; t < 3; ++t) {
            const QString tkey = u"theme:o%1t%2"_s.arg(o).arg(t);
            add(tkey, MapNode::Kind::Theme, u"Theme %1.%2 about practice"_s.arg(o).arg(t));
            map.edges << MapEdge{okey, tkey, false};
            leafThemes << tkey;
            ++themeCount;
            if (t < 2) {
                const QString skey = tkey + u"s"_s;
                add(skey, MapNode::Kind::Subtheme, u"Subtheme of %1.%2"_s.arg(o).arg(t));
                map.edges << MapEdge{tkey, skey, false};
                leafThemes << skey;
                ++themeCount;
            }
        }
    }
    ASSERT_EQ(themeCount, 30);
    for (int c = 0; c < 150; ++c) {
        const QString ckey = u"code:c%1"_s.arg(c);
        add(ckey, MapNode::Kind::Code,
            c % 3 == 0 ? u"Code %1"_s.arg(c) : u"A longer code name %1 with words"_s.arg(c));
        codeEdges << MapEdge{leafThemes[c % leafThemes.size()], ckey, true};
        if (c % 10 == 0) { // shared with another theme
            codeEdges << MapEdge{leafThemes[(c + 7) % leafThemes.size()], ckey, true};
        }
    }
    map.edges << codeEdges;

    ThematicMap first = map;
    applyAutomaticLayout(first);
    EXPECT_EQ(overlaps(first), QStringList());
    ThematicMap second = map;
    applyAutomaticLayout(second);
    QRectF bounds;
    for (int i = 0; i < first.nodes.size(); ++i) {
        ASSERT_EQ(first.nodes[i].position, second.nodes[i].position) << i;
        bounds = bounds.united(rectOf(first.nodes[i]));
    }
    EXPECT_LT(bounds.width(), 8000);
    EXPECT_LT(bounds.height(), 8000);
}

} // namespace
} // namespace tessera::test
