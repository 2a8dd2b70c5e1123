// TreeModelBase turns a changed tree into row signals: random edits under the model tester,
// checking that every row and every persistent index ends up where the wanted tree says.

#include "models/TreeModelBase.h"

#include "ModelTestFixture.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>

#include <algorithm>

namespace tessera::ui::test {
namespace {

class KeyTreeModel : public TreeModelBase {
public:
    using TreeModelBase::applyStructure;
    using TreeModelBase::keyAt;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override
    {
        return treeIndex(row, column, parent);
    }
    QModelIndex parent(const QModelIndex& child) const override { return treeParent(child); }
    int rowCount(const QModelIndex& parent = {}) const override { return treeRowCount(parent); }
    int columnCount(const QModelIndex& = {}) const override { return 2; }
    QVariant data(const QModelIndex& index, int role) const override
    {
        const auto key = keyAt(index);
        return key && role == Qt::DisplayRole ? QVariant(key->id) : QVariant();
    }
};

// A random forest over ids 1..n: parents always listed before children.
struct Tree {
    QList<qint64> order; // depth first
    QHash<qint64, std::optional<qint64>> parent;
};

QList<TreeEntry> entriesOf(const Tree& tree)
{
    QList<TreeEntry> entries;
    for (qint64 id : tree.order) {
        const auto p = tree.parent.value(id);
        entries << TreeEntry{TreeKey{0, id, 0},
                             p ? std::optional(TreeKey{0, *p, 0}) : std::nullopt};
    }
    return entries;
}

// Depth-first listing from children lists, so `order` is a valid entry order.
Tree normalise(const QHash<std::optional<qint64>, QList<qint64>>& children)
{
    Tree tree;
    std::function<void(std::optional<qint64>)> walk = [&](std::optional<qint64> p) {
        for (qint64 id : children.value(p)) {
            tree.order << id;
            tree.parent.insert(id, p);
            walk(id);
        }
    };
    walk(std::nullopt);
    return tree;
}

QHash<std::optional<qint64>, QList<qint64>> childrenOf(const Tree& tree)
{
    QHash<std::optional<qint64>, QList<qint64>> children;
    for (qint64 id : tree.order) {
        children[tree.parent.value(id)] << id;
    }
    return children;
}

bool isBelow(const Tree& tree, qint64 id, qint64 ancestor)
{
    for (std::optional<qint64> p = id; p; p = tree.parent.value(*p)) {
        if (*p == ancestor) {
            return true;
        }
    }
    return false;
}

// A few random edits: insert, delete (a subtree, or a node whose children move up), move.
Tree mutate(const Tree& tree, QRandomGenerator& random, qint64& nextId)
{
    auto children = childrenOf(tree);
    Tree current = tree;
    const int edits = 1 + int(random.bounded(4));
    for (int e = 0; e < edits; ++e) {
        current = normalise(children);
        // Inserts are likelier than deletes so the trees grow to a few dozen rows.
        const int kind = int(random.bounded(7));
        if (kind < 3 || current.order.isEmpty()) {
            std::optional<qint64> p;
            if (!current.order.isEmpty() && random.bounded(2)) {
                p = current.order[random.bounded(current.order.size())];
            }
            QList<qint64>& list = children[p];
            list.insert(random.bounded(list.size() + 1), nextId++);
        } else if (kind == 3) {
            const qint64 id = current.order[random.bounded(current.order.size())];
            children[current.parent.value(id)].removeAll(id);
            if (random.bounded(3)) {
                // Children move up into the deleted node's parent, as a merge does.
                children[current.parent.value(id)] << children.take(id);
            } else {
                children.remove(id);
            }
        } else {
            const qint64 id = current.order[random.bounded(current.order.size())];
            std::optional<qint64> p;
            if (random.bounded(3)) {
                const qint64 candidate = current.order[random.bounded(current.order.size())];
                if (isBelow(current, candidate, id)) {
                    continue;
                }
                p = candidate;
            }
            children[current.parent.value(id)].removeAll(id);
            QList<qint64>& list = children[p];
            list.insert(random.bounded(list.size() + 1), id);
        }
    }
    return normalise(children);
}

QList<std::pair<qint64, std::optional<qint64>>> listing(const KeyTreeModel& model,
                                                        const QModelIndex& parent = {})
{
    QList<std::pair<qint64, std::optional<qint64>>> rows;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        rows << std::pair{model.keyAt(index)->id,
                          parent.isValid() ? std::optional(model.keyAt(parent)->id) : std::nullopt};
        rows << listing(model, index);
    }
    return rows;
}

QList<std::pair<qint64, std::optional<qint64>>> listing(const Tree& tree)
{
    QList<std::pair<qint64, std::optional<qint64>>> rows;
    for (qint64 id : tree.order) {
        rows << std::pair{id, tree.parent.value(id)};
    }
    return rows;
}

class TreeModelBaseTest : public ModelTestFixture {
protected:
    void SetUp() override { captureModelTesterMessages(); }
};

TEST_F(TreeModelBaseTest, randomEdits_endInTheWantedTree_andPersistentIndexesFollowTheirRows)
{
    QRandomGenerator random(20240101);
    for (int round = 0; round < 20; ++round) {
        KeyTreeModel model;
        new QAbstractItemModelTester(
            &model, QAbstractItemModelTester::FailureReportingMode::Warning, &model);
        qint64 nextId = 1;
        Tree tree;
        for (int i = 0; i < 40; ++i) {
            tree = mutate(tree, random, nextId);
        }
        model.applyStructure(entriesOf(tree), {});
        ASSERT_EQ(listing(model), listing(tree));
        for (int step = 0; step < 40; ++step) {
            QList<std::pair<QPersistentModelIndex, qint64>> tracked;
            for (qint64 id : tree.order) {
                tracked << std::pair{
                    QPersistentModelIndex(model
                                              .match(model.index(0, 0), Qt::DisplayRole, id, 1,
                                                     Qt::MatchExactly | Qt::MatchRecursive)
                                              .value(0)),
                    id};
            }
            QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
            const Tree next = mutate(tree, random, nextId);
            const bool reset = model.applyStructure(entriesOf(next), {});
            ASSERT_EQ(listing(model), listing(next)) << "round " << round << " step " << step;
            EXPECT_EQ(reset, resets.count() == 1);
            // Only filling an empty model or emptying it resets; edits move rows.
            EXPECT_EQ(reset, tree.order.isEmpty() || next.order.isEmpty())
                << tree.order.size() << " -> " << next.order.size();
            for (const auto& [index, id] : tracked) {
                if (next.parent.contains(id)) {
                    ASSERT_TRUE(index.isValid()) << id;
                    EXPECT_EQ(model.keyAt(index)->id, id);
                } else {
                    EXPECT_FALSE(index.isValid()) << id;
                }
            }
            tree = next;
        }
    }
}

TEST_F(TreeModelBaseTest, firstFillAndWholesaleChanges_reset)
{
    KeyTreeModel model;
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::Warning,
                                 &model);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QHash<std::optional<qint64>, QList<qint64>> children;
    for (qint64 id = 1; id <= 200; ++id) {
        children[std::nullopt] << id;
    }
    bool installed = false;
    EXPECT_TRUE(model.applyStructure(entriesOf(normalise(children)), [&] { installed = true; }));
    EXPECT_TRUE(installed);
    // Moving one row to the far end is one move, whatever the number of siblings.
    QSignalSpy moves(&model, &QAbstractItemModel::rowsMoved);
    children[std::nullopt].move(0, 199);
    EXPECT_FALSE(model.applyStructure(entriesOf(normalise(children)), {}));
    EXPECT_EQ(moves.count(), 1);
    // Replacing everything resets.
    children[std::nullopt].clear();
    for (qint64 id = 1000; id < 1100; ++id) {
        children[std::nullopt] << id;
    }
    EXPECT_TRUE(model.applyStructure(entriesOf(normalise(children)), {}));
    EXPECT_EQ(resets.count(), 2);
    EXPECT_EQ(model.rowCount(), 100);
}

} // namespace
} // namespace tessera::ui::test
