#include "TreeModelBase.h"

#include <algorithm>
#include <vector>

namespace tessera::ui {
namespace {

// Changes beyond this many rows reset the model: one reset is cheaper for views than hundreds
// of row signals, and a change that large (a study loaded, a big undo) reshapes the tree anyway.
constexpr int kMaxIncrementalChanges = 64;

// Marks a longest strictly increasing subsequence of `values` (patience sorting, O(n log n)).
// Those siblings keep their places; only the others move, so moving one code past 500 siblings
// is one move signal, not 500.
std::vector<bool> longestIncreasing(const std::vector<int>& values)
{
    std::vector<int> tails;
    std::vector<int> previous(values.size(), -1);
    for (int i = 0; i < int(values.size()); ++i) {
        const auto it = std::lower_bound(tails.begin(), tails.end(), values[size_t(i)],
                                         [&](int at, int v) { return values[size_t(at)] < v; });
        if (it != tails.begin()) {
            previous[size_t(i)] = *(it - 1);
        }
        if (it == tails.end()) {
            tails.push_back(i);
        } else {
            *it = i;
        }
    }
    std::vector<bool> kept(values.size(), false);
    for (int i = tails.empty() ? -1 : tails.back(); i >= 0; i = previous[size_t(i)]) {
        kept[size_t(i)] = true;
    }
    return kept;
}

} // namespace

struct TreeModelBase::Node {
    TreeKey key;
    Node* parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    void renumber(int from = 0)
    {
        for (int i = std::max(from, 0); i < int(children.size()); ++i) {
            children[size_t(i)]->row = i;
        }
    }
};

TreeModelBase::TreeModelBase(QObject* parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{
}

TreeModelBase::~TreeModelBase() = default;

TreeModelBase::Node* TreeModelBase::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex TreeModelBase::indexOfNode(const Node* node, int column) const
{
    if (!node || node == m_root.get()) {
        return {};
    }
    return createIndex(node->row, column, node);
}

QModelIndex TreeModelBase::treeIndex(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= columnCount(parent) ||
        (parent.isValid() && parent.column() != 0)) {
        return {};
    }
    const Node* p = nodeOf(parent);
    if (row >= int(p->children.size())) {
        return {};
    }
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex TreeModelBase::treeParent(const QModelIndex& child) const
{
    if (!child.isValid()) {
        return {};
    }
    return indexOfNode(nodeOf(child)->parent);
}

int TreeModelBase::treeRowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0) {
        return 0;
    }
    return int(nodeOf(parent)->children.size());
}

std::optional<TreeKey> TreeModelBase::keyAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this) {
        return std::nullopt;
    }
    return nodeOf(index)->key;
}

QModelIndex TreeModelBase::indexOfKey(const TreeKey& key, int column) const
{
    return indexOfNode(m_nodes.value(key), column);
}

std::optional<TreeKey> TreeModelBase::parentKeyOf(const TreeKey& key) const
{
    const Node* node = m_nodes.value(key);
    if (!node || node->parent == m_root.get()) {
        return std::nullopt;
    }
    return node->parent->key;
}

QList<TreeKey> TreeModelBase::childKeys(const std::optional<TreeKey>& parent) const
{
    const Node* node = parent ? m_nodes.value(*parent) : m_root.get();
    QList<TreeKey> keys;
    if (node) {
        keys.reserve(qsizetype(node->children.size()));
        for (const auto& child : node->children) {
            keys << child->key;
        }
    }
    return keys;
}

bool TreeModelBase::applyStructure(const QList<TreeEntry>& entries,
                                   const std::function<void()>& install)
{
    QHash<TreeKey, QList<TreeKey>> wantedChildren;
    QList<TreeKey> wantedTop;
    QSet<TreeKey> wanted;
    int changes = 0;
    for (const TreeEntry& entry : entries) {
        if (wanted.contains(entry.key)) {
            continue; // a row shows once; rebuild() skips repeats the same way
        }
        // An entry whose parent is not listed before it goes to the top level.
        const bool parentKnown = entry.parent && wanted.contains(*entry.parent);
        (parentKnown ? wantedChildren[*entry.parent] : wantedTop) << entry.key;
        wanted.insert(entry.key);
        const Node* node = m_nodes.value(entry.key);
        // Spelled out instead of comparing two optionals: GCC 12 at -O2 warns (wrongly) that
        // the optional's payload may be used uninitialized, which -Werror turns into a failure.
        const std::optional<TreeKey> current = parentKeyOf(entry.key);
        const bool sameParent =
            parentKnown ? (current.has_value() && *current == *entry.parent) : !current.has_value();
        if (!node || !sameParent) {
            ++changes;
        }
    }
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend() && changes <= kMaxIncrementalChanges;
         ++it) {
        if (!wanted.contains(it.key())) {
            ++changes;
        }
    }
    const bool incremental =
        !m_nodes.isEmpty() && !entries.isEmpty() && changes <= kMaxIncrementalChanges;
    if (incremental) {
        bool placed = placeChildren(m_root.get(), wantedTop);
        for (qsizetype i = 0; placed && i < entries.size(); ++i) {
            if (Node* node = m_nodes.value(entries[i].key)) {
                placed = placeChildren(node, wantedChildren.value(entries[i].key));
            }
        }
        if (placed) {
            removeUnwanted(m_root.get(), wanted);
            if (m_nodes.size() == wanted.size()) {
                return false;
            }
        }
    }
    // First fill, a wholesale change, or (never expected) a move Qt refused.
    beginResetModel();
    rebuild(entries);
    if (install) {
        install();
    }
    endResetModel();
    return true;
}

void TreeModelBase::rebuild(const QList<TreeEntry>& entries)
{
    m_root->children.clear();
    m_nodes.clear();
    for (const TreeEntry& entry : entries) {
        if (m_nodes.contains(entry.key)) {
            continue;
        }
        Node* parent = entry.parent ? m_nodes.value(*entry.parent, m_root.get()) : m_root.get();
        auto node = std::make_unique<Node>();
        node->key = entry.key;
        node->parent = parent;
        node->row = int(parent->children.size());
        m_nodes.insert(entry.key, node.get());
        parent->children.push_back(std::move(node));
    }
}

// Places `wanted` as the children of `parent`, in order. Rows that leave the parent or are
// removed later may stay interleaved; removeUnwanted() and the parents processed later take
// them out. Nodes that are already children and in order (the longest run) never move.
bool TreeModelBase::placeChildren(Node* parent, const QList<TreeKey>& wanted)
{
    QHash<TreeKey, int> wantedAt;
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        wantedAt.insert(wanted[i], int(i));
    }
    std::vector<int> order;
    std::vector<const Node*> present;
    for (const auto& child : parent->children) {
        if (const auto it = wantedAt.constFind(child->key); it != wantedAt.cend()) {
            order.push_back(*it);
            present.push_back(child.get());
        }
    }
    const std::vector<bool> kept = longestIncreasing(order);
    QSet<const Node*> anchored;
    for (size_t i = 0; i < kept.size(); ++i) {
        if (kept[i]) {
            anchored.insert(present[i]);
        }
    }

    const Node* previous = nullptr;
    for (qsizetype i = 0; i < wanted.size();) {
        const int destination = previous ? previous->row + 1 : 0;
        Node* node = m_nodes.value(wanted[i]);
        if (!node) {
            qsizetype last = i;
            while (last + 1 < wanted.size() && !m_nodes.contains(wanted[last + 1])) {
                ++last;
            }
            beginInsertRows(indexOfNode(parent), destination, destination + int(last - i));
            for (qsizetype k = i; k <= last; ++k) {
                auto created = std::make_unique<Node>();
                created->key = wanted[k];
                created->parent = parent;
                m_nodes.insert(created->key, created.get());
                parent->children.insert(parent->children.begin() + destination + (k - i),
                                        std::move(created));
            }
            parent->renumber(destination);
            endInsertRows();
            previous = parent->children[size_t(destination + (last - i))].get();
            i = last + 1;
            continue;
        }
        const bool inPlace = node->parent == parent && node->row == destination;
        if (!anchored.contains(node) && !inPlace && !moveNode(node, parent, destination)) {
            return false;
        }
        previous = node;
        ++i;
    }
    return true;
}

bool TreeModelBase::moveNode(Node* node, Node* newParent, int destination)
{
    Node* oldParent = node->parent;
    const int from = node->row;
    // Parents are placed before their children, so newParent's ancestors are final and never
    // include `node`: Qt's check against moving a row into itself cannot fail here.
    if (!beginMoveRows(indexOfNode(oldParent), from, from, indexOfNode(newParent), destination)) {
        return false;
    }
    std::unique_ptr<Node> owned = std::move(oldParent->children[size_t(from)]);
    oldParent->children.erase(oldParent->children.begin() + from);
    const int at = (oldParent == newParent && from < destination) ? destination - 1 : destination;
    newParent->children.insert(newParent->children.begin() + at, std::move(owned));
    node->parent = newParent;
    oldParent->renumber(from);
    newParent->renumber(oldParent == newParent ? std::min(from, at) : at);
    endMoveRows();
    return true;
}

void TreeModelBase::removeUnwanted(Node* parent, const QSet<TreeKey>& wanted)
{
    for (int row = int(parent->children.size()) - 1; row >= 0; --row) {
        if (wanted.contains(parent->children[size_t(row)]->key)) {
            removeUnwanted(parent->children[size_t(row)].get(), wanted);
            continue;
        }
        const int last = row;
        while (row > 0 && !wanted.contains(parent->children[size_t(row - 1)]->key)) {
            --row;
        }
        beginRemoveRows(indexOfNode(parent), row, last);
        std::vector<std::unique_ptr<Node>> removed;
        for (int r = row; r <= last; ++r) {
            forget(parent->children[size_t(r)].get());
            removed.push_back(std::move(parent->children[size_t(r)]));
        }
        parent->children.erase(parent->children.begin() + row, parent->children.begin() + last + 1);
        parent->renumber(row);
        endRemoveRows();
        // `removed` is freed here, after views have dropped their indexes into it.
    }
}

void TreeModelBase::forget(const Node* node)
{
    m_nodes.remove(node->key);
    for (const auto& child : node->children) {
        forget(child.get());
    }
}

void TreeModelBase::emitRowsChanged(const QList<TreeKey>& keys, int firstColumn, int lastColumn)
{
    QHash<const Node*, QList<int>> rowsByParent;
    for (const TreeKey& key : keys) {
        if (const Node* node = m_nodes.value(key)) {
            rowsByParent[node->parent] << node->row;
        }
    }
    for (auto it = rowsByParent.begin(); it != rowsByParent.end(); ++it) {
        QList<int>& rows = it.value();
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        const Node* parent = it.key();
        for (qsizetype i = 0; i < rows.size();) {
            qsizetype j = i;
            while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1) {
                ++j;
            }
            emit dataChanged(indexOfNode(parent->children[size_t(rows[i])].get(), firstColumn),
                             indexOfNode(parent->children[size_t(rows[j])].get(), lastColumn));
            i = j + 1;
        }
    }
}

} // namespace tessera::ui
