#pragma once

#include "common/WorkbenchState.h"

#include <QAbstractItemModel>

namespace tessera::ui {

// Documents grouped by document group (focus group); ungrouped documents follow the groups at
// the top level. Shows each document's number of codings (only the visible coder's when
// WorkbenchState::onlyMyCodings()). Refreshes on Project::changed.
class DocumentTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { NameColumn, CodingsColumn, ColumnCount };
    enum Role { DocumentIdRole = Qt::UserRole + 1, GroupNameRole, CodingCountRole, IsGroupRole };

    explicit DocumentTreeModel(WorkbenchState& state, QObject* parent = nullptr);

    QModelIndex indexOfDocument(DocumentId id) const;
    std::optional<DocumentId> documentAt(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
};

} // namespace tessera::ui
