#pragma once

#include "TreeModelBase.h"
#include "common/WorkbenchState.h"

#include <QDateTime>
#include <QFont>
#include <QHash>

namespace tessera::ui {

// Documents grouped by document group (focus group); ungrouped documents follow the groups at
// the top level. Shows each document's number of codings (only the visible coder's when
// WorkbenchState::onlyMyCodings()). Refreshes on Project::changed.
//
// Group rows are bold and show their number of documents ("Focus group 1 (2)") and the sum of
// their documents' codings; groups without documents are not shown. Everything is cached on
// refresh (one Project::documents() and one Project::codingCountsByDocument() call).
class DocumentTreeModel : public TreeModelBase {
    Q_OBJECT

public:
    enum Column { NameColumn, CodingsColumn, ColumnCount };
    // DocumentIdRole: qint64 (document rows only); GroupNameRole: the group's plain name (also
    // on document rows); DocumentCountRole: documents in a group.
    enum Role {
        DocumentIdRole = Qt::UserRole + 1,
        GroupNameRole,
        CodingCountRole,
        IsGroupRole,
        DocumentCountRole
    };

    explicit DocumentTreeModel(WorkbenchState& state, QObject* parent = nullptr);

    QModelIndex indexOfDocument(DocumentId id) const;
    std::optional<DocumentId> documentAt(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct DocumentRow {
        QString name;
        qint64 groupId = 0; // 0: no group
        QString group;
        QString source;
        QString format;
        int turns = 0;
        QDateTime importedAt;
        QString memo;
        friend bool operator==(const DocumentRow&, const DocumentRow&) = default;
    };
    struct GroupRow {
        QString name;
        int documents = 0;
        friend bool operator==(const GroupRow&, const GroupRow&) = default;
    };

    // Counts are re-read only when codings may have changed; group sums are always redone.
    void reload(bool withCounts);
    void reloadCounts();
    void applyCounts(const QHash<DocumentId, int>& counts);
    static QHash<qint64, int> groupSums(const QHash<qint64, DocumentRow>& documents,
                                        const QHash<DocumentId, int>& counts);
    int codingsOf(const TreeKey& key) const;
    QString tooltip(const TreeKey& key) const;

    WorkbenchState& m_state;
    QHash<qint64, DocumentRow> m_documents;
    QHash<qint64, GroupRow> m_groups;
    QHash<DocumentId, int> m_counts;
    QHash<qint64, int> m_groupCounts;
    QFont m_groupFont;
};

} // namespace tessera::ui
