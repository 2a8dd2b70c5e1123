#include "ThematicMap.h"
#include "ThematicMapStyle.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <numbers>

// The automatic layout is a radial tree. Each node hangs from one parent (its parent theme; a
// code from the first theme it is linked to) and gets an angular sector in proportion to the
// leaves below it, so branches never cross. Levels sit on concentric rings: overarching themes
// innermost, then themes, subthemes and codes. Each ring's radius is the smallest at which
// neighbouring boxes clear each other; a crowded ring is split into two or three staggered
// sub-rings when that keeps the map smaller. A final pass pushes apart anything still touching
// (and everything away from boxes the user placed). No randomness, no iteration order from a
// hash: the same map always gets the same layout.

namespace tessera {
namespace {

constexpr double kTwoPi = 2 * std::numbers::pi;
constexpr int kMaxSubRings = 3;
constexpr int kOverlapPasses = 400;
constexpr double kTypicalCodeWidth = 130;
// An inner ring sits at least this share of the way out to the next one (see fitRings).
constexpr double kInnerRingShare = 0.55;

struct Slot {
    int parent = -1;
    QList<int> children;
    int level = 0;
    double weight = 1; // leaves below (a leaf counts one)
    double angle = 0;  // radians, clockwise from the x axis (scene y points down)
};

double radialHalf(const QSizeF& size, double angle)
{
    return size.width() / 2 * std::abs(std::cos(angle)) +
           size.height() / 2 * std::abs(std::sin(angle));
}

double tangentialHalf(const QSizeF& size, double angle)
{
    return size.width() / 2 * std::abs(std::sin(angle)) +
           size.height() / 2 * std::abs(std::cos(angle));
}

bool isAncestor(const QList<Slot>& tree, int candidate, int node)
{
    for (int at = node, guard = 0; at >= 0 && guard <= int(tree.size()); ++guard) {
        if (at == candidate) {
            return true;
        }
        at = tree[at].parent;
    }
    return false;
}

// Parent links from the edges (the first edge into a node wins), children in node order, and
// the nodes in breadth-first order from the roots, so parents always come before children.
QList<int> buildTree(const ThematicMap& map, QList<Slot>& tree)
{
    QHash<QString, int> index;
    for (int i = 0; i < map.nodes.size(); ++i) {
        index.insert(map.nodes[i].key, i);
    }
    for (const MapEdge& edge : map.edges) {
        const int from = index.value(edge.from, -1);
        const int to = index.value(edge.to, -1);
        if (from < 0 || to < 0 || tree[to].parent >= 0 || isAncestor(tree, to, from)) {
            continue;
        }
        tree[to].parent = from;
    }
    QList<int> order;
    for (int i = 0; i < tree.size(); ++i) {
        if (tree[i].parent >= 0) {
            tree[tree[i].parent].children << i;
        } else {
            order << i;
        }
    }
    for (int at = 0; at < order.size(); ++at) {
        for (int child : std::as_const(tree[order[at]].children)) {
            tree[child].level = tree[order[at]].level + 1;
            order << child;
        }
    }
    // A wide box needs a wider sector than a narrow one: a node counts at least its own width
    // in typical code widths, so a theme with a single code is not squeezed beside its neighbours.
    for (auto it = order.crbegin(); it != order.crend(); ++it) {
        Slot& slot = tree[*it];
        double below = 0;
        for (int child : std::as_const(slot.children)) {
            below += tree[child].weight;
        }
        slot.weight = std::max({1.0, below, map.nodes[*it].size.width() / kTypicalCodeWidth});
    }
    return order;
}

double childrenWeight(const QList<Slot>& tree, int node)
{
    double sum = 0;
    for (int child : tree[node].children) {
        sum += tree[child].weight;
    }
    return sum;
}

// Gives each node the centre of its sector and divides the sector among its children.
void assignAngles(QList<Slot>& tree, int node, double start, double span)
{
    Slot& slot = tree[node];
    slot.angle = start + span / 2;
    const double below = childrenWeight(tree, node);
    double childStart = start;
    for (int child : std::as_const(slot.children)) {
        const double childSpan = span * tree[child].weight / below;
        assignAngles(tree, child, childStart, childSpan);
        childStart += childSpan;
    }
}

double normalised(double angle)
{
    const double a = std::fmod(angle, kTwoPi);
    return a < 0 ? a + kTwoPi : a;
}

struct Ring {
    double inner = 0; // radius of the first sub-ring
    double step = 0;  // distance between sub-rings
    int subRings = 1;
    double outer = 0;     // radius of the last sub-ring
    double radialMax = 0; // largest radial half-extent of a box on the ring
};

// The smallest ring for `members` (sorted by angle) outside `minRadius`.
Ring fitRing(const ThematicMap& map, const QList<Slot>& tree, const QList<int>& members,
             double minRadius, double gap)
{
    Ring best;
    double radialMax = 0;
    for (int i : members) {
        radialMax = std::max(radialMax, radialHalf(map.nodes[i].size, tree[i].angle));
    }
    const int count = int(members.size());
    for (int k = 1; k <= std::min(kMaxSubRings, count); ++k) {
        double need = minRadius;
        // Boxes on one sub-ring are k apart in angle order; they must clear each other along
        // the chord between them.
        for (int i = 0; count > k && i < count; ++i) {
            const int a = members[i];
            const int b = members[(i + k) % count];
            double delta = normalised(tree[b].angle) - normalised(tree[a].angle);
            if (i + k >= count) {
                delta += kTwoPi;
            }
            const double apart = tangentialHalf(map.nodes[a].size, tree[a].angle) +
                                 tangentialHalf(map.nodes[b].size, tree[b].angle) + gap;
            const double chordPerRadius = delta >= std::numbers::pi ? 2 : 2 * std::sin(delta / 2);
            need = std::max(need, apart / std::max(chordPerRadius, 1e-6));
        }
        const double step = 2 * radialMax + mapstyle::kNodeGap;
        const double outer = need + (k - 1) * step;
        // A further sub-ring must save real space to be worth the zigzag.
        if (k == 1 || outer < best.outer * 0.9) {
            best = Ring{need, step, k, outer, radialMax};
        }
    }
    return best;
}

// Rings for every level, inside out, each member list sorted by angle. Then, outside in, an
// inner ring is moved out towards the next one: rings sized only by their own crowding leave a
// tight middle and long spokes to a wide outer ring of codes, which reads worse than even spacing.
QList<Ring> fitRings(const ThematicMap& map, const QList<Slot>& tree, QList<QList<int>>& levels,
                     bool centred)
{
    const double gap = mapstyle::kNodeGap;
    const double ringGap = 2.5 * gap; // room between rings, so edges stay long enough to see
    QList<Ring> rings(levels.size());
    double previousOuter = 0;
    double previousRadial = 0;
    for (int level = 0; level < levels.size(); ++level) {
        QList<int>& members = levels[level];
        if (level == 0 && centred) {
            const QSizeF size = map.nodes[members.first()].size;
            previousRadial = std::max(size.width(), size.height()) / 2;
            rings[level].radialMax = previousRadial;
            continue;
        }
        // Stable sort: equal angles keep node order, so the result never depends on the sort.
        std::stable_sort(members.begin(), members.end(), [&](int a, int b) {
            return normalised(tree[a].angle) < normalised(tree[b].angle);
        });
        double radialMax = 0;
        for (int i : std::as_const(members)) {
            radialMax = std::max(radialMax, radialHalf(map.nodes[i].size, tree[i].angle));
        }
        const double minRadius =
            level == 0 ? 0 : previousOuter + previousRadial + radialMax + ringGap;
        // Overarching themes get extra room: crowded in the middle they read as one block.
        rings[level] = fitRing(map, tree, members, minRadius, (level == 0 ? 6 : 1) * gap);
        previousOuter = rings[level].outer;
        previousRadial = rings[level].radialMax;
    }
    for (int level = int(levels.size()) - 2; level >= (centred ? 1 : 0); --level) {
        Ring& ring = rings[level];
        const Ring& next = rings[level + 1];
        const double spacing = ring.radialMax + next.radialMax + ringGap;
        const double wanted = std::min(kInnerRingShare * next.inner,
                                       next.inner - spacing - (ring.outer - ring.inner));
        if (wanted > ring.inner) {
            ring.outer += wanted - ring.inner;
            ring.inner = wanted;
        }
    }
    return rings;
}

// Pushes overlapping boxes apart along the axis where they overlap least. Stored positions
// stay where the user put them.
void removeOverlaps(ThematicMap& map)
{
    const double gap = mapstyle::kNodeGap;
    for (int pass = 0; pass < kOverlapPasses; ++pass) {
        bool moved = false;
        for (int i = 0; i < map.nodes.size(); ++i) {
            for (int j = i + 1; j < map.nodes.size(); ++j) {
                MapNode& a = map.nodes[i];
                MapNode& b = map.nodes[j];
                if (a.positionStored && b.positionStored) {
                    continue;
                }
                const double dx = b.position.x() - a.position.x();
                const double dy = b.position.y() - a.position.y();
                const double ox = (a.size.width() + b.size.width()) / 2 + gap - std::abs(dx);
                const double oy = (a.size.height() + b.size.height()) / 2 + gap - std::abs(dy);
                if (ox <= 0 || oy <= 0) {
                    continue;
                }
                moved = true;
                const double shareA = a.positionStored ? 0 : (b.positionStored ? 1 : 0.5);
                const double shareB = 1 - shareA;
                if (ox < oy) {
                    const double push = (dx >= 0 ? 1 : -1) * (ox + 0.5);
                    a.position.rx() -= push * shareA;
                    b.position.rx() += push * shareB;
                } else {
                    const double push = (dy >= 0 ? 1 : -1) * (oy + 0.5);
                    a.position.ry() -= push * shareA;
                    b.position.ry() += push * shareB;
                }
            }
        }
        if (!moved) {
            return;
        }
    }
}

} // namespace

void applyAutomaticLayout(ThematicMap& map)
{
    if (map.nodes.isEmpty()) {
        return;
    }
    QList<Slot> tree(map.nodes.size());
    const QList<int> order = buildTree(map, tree);
    QList<int> roots;
    for (int i : order) {
        if (tree[i].parent < 0) {
            roots << i;
        }
    }
    // A single root sits in the middle with its branches all round; several share the circle.
    // Either way the first branch points straight up.
    const bool centred = roots.size() == 1;
    if (centred) {
        Slot& root = tree[roots.first()];
        const double below = childrenWeight(tree, roots.first());
        const double firstSpan =
            root.children.isEmpty() ? 0 : kTwoPi * tree[root.children.first()].weight / below;
        root.angle = -std::numbers::pi / 2;
        double start = -std::numbers::pi / 2 - firstSpan / 2;
        for (int child : std::as_const(root.children)) {
            const double span = kTwoPi * tree[child].weight / below;
            assignAngles(tree, child, start, span);
            start += span;
        }
    } else {
        double total = 0;
        for (int r : std::as_const(roots)) {
            total += tree[r].weight;
        }
        double start =
            -std::numbers::pi / 2 - std::numbers::pi * tree[roots.first()].weight / total;
        for (int r : std::as_const(roots)) {
            const double span = kTwoPi * tree[r].weight / total;
            assignAngles(tree, r, start, span);
            start += span;
        }
    }

    int maxLevel = 0;
    for (const Slot& slot : std::as_const(tree)) {
        maxLevel = std::max(maxLevel, slot.level);
    }
    QList<QList<int>> levels(maxLevel + 1); // members of each ring, sorted by fitRings
    for (int i : order) {
        levels[tree[i].level] << i;
    }
    const QList<Ring> rings = fitRings(map, tree, levels, centred);
    QList<QPointF> automatic(map.nodes.size()); // a centred root stays at the origin
    for (int level = centred ? 1 : 0; level <= maxLevel; ++level) {
        const Ring& ring = rings[level];
        for (int at = 0; at < levels[level].size(); ++at) {
            const int i = levels[level][at];
            const double radius = ring.inner + double(at % ring.subRings) * ring.step;
            automatic[i] =
                QPointF(radius * std::cos(tree[i].angle), radius * std::sin(tree[i].angle));
        }
    }

    // A branch follows its parent when the user moved the parent: the shift of the nearest
    // placed ancestor applies to every automatic node below it.
    QList<QPointF> shift(map.nodes.size());
    for (int i : order) {
        MapNode& node = map.nodes[i];
        if (node.positionStored) {
            shift[i] = node.position - automatic[i];
            continue;
        }
        shift[i] = tree[i].parent >= 0 ? shift[tree[i].parent] : QPointF();
        node.position = automatic[i] + shift[i];
    }
    removeOverlaps(map);
    for (MapNode& node : map.nodes) {
        if (!node.positionStored) {
            node.position = QPointF(std::round(node.position.x()), std::round(node.position.y()));
        }
    }
}

} // namespace tessera
