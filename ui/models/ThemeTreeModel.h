#pragma once

#include "common/WorkbenchState.h"

#include <QAbstractItemModel>

namespace tessera::ui {

// Themes and subthemes, each with its linked codes as leaf rows. Counts cover a theme and its
// subthemes (excerpts, documents). Drag and drop: codes dropped on a theme are linked to it (a
// code may be in several themes); themes dropped on a theme become its subthemes, dropped on the
// empty area become top-level. Theme names are editable in place.
class ThemeTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { NameColumn, StatusColumn, ExcerptsColumn, DocumentsColumn, ColumnCount };
    enum Role { ThemeIdRole = Qt::UserRole + 1, CodeIdRole, ItemKindRole, StatusRole, ConceptRole };
    enum ItemKind { ThemeItem, CodeItem };

    explicit ThemeTreeModel(WorkbenchState& state, QObject* parent = nullptr);

    QModelIndex indexOfTheme(ThemeId id) const;
    std::optional<ThemeId> themeAt(const QModelIndex& index) const;     // theme rows only
    std::optional<CodeId> linkedCodeAt(const QModelIndex& index) const; // code rows only

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

signals:
    void errorOccurred(const QString& message);
};

} // namespace tessera::ui
