#include "DocumentTreeModel.h"

#include "ModelSupport.h"
#include "project/Project.h"

#include <QLocale>

namespace tessera::ui {
namespace {

enum Kind { GroupKind, DocumentKind };

TreeKey groupKey(qint64 id)
{
    return TreeKey{GroupKind, id, 0};
}

TreeKey documentKey(qint64 id)
{
    return TreeKey{DocumentKind, id, 0};
}

} // namespace

DocumentTreeModel::DocumentTreeModel(WorkbenchState& state, QObject* parent)
    : TreeModelBase(parent), m_state(state)
{
    m_groupFont.setBold(true);
    connect(&state.project(), &Project::changed, this, [this](ProjectChanges what) {
        if (what.testFlag(ProjectChange::Documents)) {
            reload(what.testFlag(ProjectChange::Codings));
        } else if (what.testFlag(ProjectChange::Codings)) {
            reloadCounts();
        }
    });
    connect(&state, &WorkbenchState::codingVisibilityChanged, this,
            &DocumentTreeModel::reloadCounts);
    reload(true);
}

void DocumentTreeModel::reload(bool withCounts)
{
    const QList<Document> documents = m_state.project().documents();
    QHash<qint64, DocumentRow> rows;
    QHash<qint64, GroupRow> groups;
    QList<qint64> groupOrder;
    QHash<qint64, QList<qint64>> members;
    QList<qint64> ungrouped;
    for (const Document& d : documents) {
        const qint64 group = d.groupId ? d.groupId->value : 0;
        rows.insert(d.id.value, DocumentRow{d.name, group, d.groupName, d.sourceName, d.format,
                                            d.turnCount, d.importedAt, d.memo});
        if (group == 0) {
            ungrouped << d.id.value;
            continue;
        }
        if (!groups.contains(group)) {
            groupOrder << group;
        }
        GroupRow& g = groups[group];
        g.name = d.groupName;
        ++g.documents;
        members[group] << d.id.value;
    }
    // documents() lists groups by their position, so the first sighting gives the order.
    QList<TreeEntry> entries;
    for (qint64 group : groupOrder) {
        entries << TreeEntry{groupKey(group), std::nullopt};
        for (qint64 document : members.value(group)) {
            entries << TreeEntry{documentKey(document), groupKey(group)};
        }
    }
    for (qint64 document : ungrouped) {
        entries << TreeEntry{documentKey(document), std::nullopt};
    }
    const QHash<DocumentId, int> counts =
        withCounts ? m_state.project().codingCountsByDocument(m_state.visibleCoder()) : m_counts;

    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        if (!m_documents.contains(it.key())) {
            m_documents.insert(it.key(), it.value());
        }
    }
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        if (!m_groups.contains(it.key())) {
            m_groups.insert(it.key(), it.value());
        }
    }
    if (applyStructure(entries, [&] {
            m_documents = rows;
            m_groups = groups;
            m_counts = counts;
            m_groupCounts = groupSums(rows, counts);
        })) {
        return;
    }
    QList<TreeKey> edited;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        if (m_documents.value(it.key()) != it.value()) {
            edited << documentKey(it.key());
        }
    }
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        if (m_groups.value(it.key()) != it.value()) {
            edited << groupKey(it.key());
        }
    }
    m_documents = rows;
    m_groups = groups;
    emitRowsChanged(edited, NameColumn, NameColumn);
    applyCounts(counts);
}

QHash<qint64, int> DocumentTreeModel::groupSums(const QHash<qint64, DocumentRow>& documents,
                                                const QHash<DocumentId, int>& counts)
{
    QHash<qint64, int> sums;
    for (auto it = documents.cbegin(); it != documents.cend(); ++it) {
        if (it->groupId != 0) {
            sums[it->groupId] += counts.value(DocumentId(it.key()));
        }
    }
    return sums;
}

void DocumentTreeModel::reloadCounts()
{
    applyCounts(m_state.project().codingCountsByDocument(m_state.visibleCoder()));
}

void DocumentTreeModel::applyCounts(const QHash<DocumentId, int>& counts)
{
    const QHash<qint64, int> groupCounts = groupSums(m_documents, counts);
    QList<TreeKey> changed;
    for (auto it = m_documents.cbegin(); it != m_documents.cend(); ++it) {
        if (counts.value(DocumentId(it.key())) != m_counts.value(DocumentId(it.key()))) {
            changed << documentKey(it.key());
        }
    }
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it) {
        if (groupCounts.value(it.key()) != m_groupCounts.value(it.key())) {
            changed << groupKey(it.key());
        }
    }
    m_counts = counts;
    m_groupCounts = groupCounts;
    emitRowsChanged(changed, CodingsColumn, CodingsColumn);
}

QModelIndex DocumentTreeModel::indexOfDocument(DocumentId id) const
{
    return indexOfKey(documentKey(id.value));
}

std::optional<DocumentId> DocumentTreeModel::documentAt(const QModelIndex& index) const
{
    const auto key = keyAt(index);
    if (!key || key->kind != DocumentKind) {
        return std::nullopt;
    }
    return DocumentId(key->id);
}

QModelIndex DocumentTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    return treeIndex(row, column, parent);
}

QModelIndex DocumentTreeModel::parent(const QModelIndex& child) const
{
    return treeParent(child);
}

int DocumentTreeModel::rowCount(const QModelIndex& parent) const
{
    return treeRowCount(parent);
}

int DocumentTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

int DocumentTreeModel::codingsOf(const TreeKey& key) const
{
    return key.kind == GroupKind ? m_groupCounts.value(key.id) : m_counts.value(DocumentId(key.id));
}

QString DocumentTreeModel::tooltip(const TreeKey& key) const
{
    if (key.kind == GroupKind) {
        const GroupRow group = m_groups.value(key.id);
        return richTooltip(group.name, {{tr("Documents:"), QString::number(group.documents)},
                                        {tr("Codings:"), QString::number(codingsOf(key))}});
    }
    const DocumentRow d = m_documents.value(key.id);
    return richTooltip(d.name, {{tr("Group:"), d.group},
                                {tr("Source file:"), d.source},
                                {tr("Format:"), d.format.toUpper()},
                                {tr("Turns:"), QString::number(d.turns)},
                                {tr("Imported:"), QLocale().toString(d.importedAt.toLocalTime(),
                                                                     QLocale::ShortFormat)},
                                {tr("Memo:"), d.memo}});
}

QVariant DocumentTreeModel::data(const QModelIndex& index, int role) const
{
    const auto key = keyAt(index);
    if (!key) {
        return {};
    }
    const bool isGroup = key->kind == GroupKind;
    if (isGroup ? !m_groups.contains(key->id) : !m_documents.contains(key->id)) {
        return {};
    }
    switch (role) {
    case DocumentIdRole:
        return isGroup ? QVariant() : QVariant(key->id);
    case GroupNameRole:
        return isGroup ? m_groups.value(key->id).name : m_documents.value(key->id).group;
    case CodingCountRole:
        return codingsOf(*key);
    case IsGroupRole:
        return isGroup;
    case DocumentCountRole:
        return isGroup ? QVariant(m_groups.value(key->id).documents) : QVariant();
    case Qt::ToolTipRole:
        return tooltip(*key);
    case Qt::FontRole:
        return isGroup ? QVariant(m_groupFont) : QVariant();
    default:
        break;
    }
    if (index.column() == CodingsColumn) {
        if (role == Qt::DisplayRole) {
            return codingsOf(*key);
        }
        if (role == Qt::TextAlignmentRole) {
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        if (isGroup) {
            const GroupRow group = m_groups.value(key->id);
            return tr("%1 (%2)").arg(group.name).arg(group.documents);
        }
        return m_documents.value(key->id).name;
    }
    return {};
}

QVariant DocumentTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Document");
    case CodingsColumn:
        return tr("Codings");
    default:
        return {};
    }
}

Qt::ItemFlags DocumentTreeModel::flags(const QModelIndex& index) const
{
    const auto key = keyAt(index);
    if (!key) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (key->kind == DocumentKind) {
        flags |= Qt::ItemNeverHasChildren;
    }
    return flags;
}

} // namespace tessera::ui
