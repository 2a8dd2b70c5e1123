#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

namespace tessera::ui {

// Identifies a row across refreshes: the kind of item, the entity it shows and, for an entity
// shown in several places (a code linked to two themes), the place it is shown in.
struct TreeKey {
    int kind = 0;
    qint64 id = 0;
    qint64 owner = 0;
    friend bool operator==(const TreeKey&, const TreeKey&) = default;
    friend size_t qHash(const TreeKey& key, size_t seed = 0) noexcept
    {
        return qHashMulti(seed, key.kind, key.id, key.owner);
    }
};

// One row of a wanted tree; lists of entries are depth first, siblings in display order.
struct TreeEntry {
    TreeKey key;
    std::optional<TreeKey> parent; // nullopt: top level
};

// The row structure shared by the tree models. A refresh hands over the wanted tree and the base
// turns the difference into insert/move/remove signals, so views keep their selection, current
// item and expanded branches across Project::changed; a reset is kept for the first fill and
// for wholesale changes (loading a study), where per-row signals would cost more than they save.
class TreeModelBase : public QAbstractItemModel {
    Q_OBJECT

public:
    explicit TreeModelBase(QObject* parent = nullptr);
    ~TreeModelBase() override;

protected:
    // Only column 0 has children, as in QStandardItemModel and QFileSystemModel.
    QModelIndex treeIndex(int row, int column, const QModelIndex& parent) const;
    QModelIndex treeParent(const QModelIndex& child) const;
    int treeRowCount(const QModelIndex& parent) const;

    std::optional<TreeKey> keyAt(const QModelIndex& index) const;
    QModelIndex indexOfKey(const TreeKey& key, int column = 0) const;
    bool containsKey(const TreeKey& key) const { return m_nodes.contains(key); }
    std::optional<TreeKey> parentKeyOf(const TreeKey& key) const;
    QList<TreeKey> childKeys(const std::optional<TreeKey>& parent) const;

    // Brings the rows to `entries`. Subclasses keep row data in their own caches: data for new
    // keys must be readable before the call (views read inserted rows at once), data of removed
    // keys until it returns. Returns true when it reset the model instead; `install` (which
    // swaps in the new caches) then ran inside the reset and no dataChanged is needed.
    bool applyStructure(const QList<TreeEntry>& entries, const std::function<void()>& install);

    // dataChanged for the rows of `keys`, merged into runs of adjacent siblings.
    void emitRowsChanged(const QList<TreeKey>& keys, int firstColumn, int lastColumn);

private:
    struct Node;

    Node* nodeOf(const QModelIndex& index) const;
    QModelIndex indexOfNode(const Node* node, int column = 0) const;
    void rebuild(const QList<TreeEntry>& entries);
    bool placeChildren(Node* parent, const QList<TreeKey>& wanted);
    bool moveNode(Node* node, Node* newParent, int destination);
    void removeUnwanted(Node* parent, const QSet<TreeKey>& wanted);
    void forget(const Node* node);

    std::unique_ptr<Node> m_root;
    QHash<TreeKey, Node*> m_nodes;
};

} // namespace tessera::ui
