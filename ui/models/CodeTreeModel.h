#pragma once

#include "common/WorkbenchState.h"

#include <QAbstractItemModel>

namespace tessera::ui {

// The code tree with counts. Editable names (rename), and drag and drop:
//  - codes dropped BETWEEN rows move there (Project::moveCode; nesting under that row's
//    parent), dropped on the empty area they become top-level codes;
//  - codes dropped ON another code: the model changes nothing and emits codesDroppedOnCode; the
//    window asks "Move here as sub-code" or "Merge into …" (with confirmation) and calls
//    Project::moveCode or Project::mergeCodes;
//  - a text range (kTextRangeMime) dropped on a code applies that code to the range;
//  - dragging codes out carries kCodeIdsMime (onto themes, onto the transcript).
// Every change goes through the Project API (one undoable action each).
class CodeTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { NameColumn, CodingsColumn, DocumentsColumn, ColumnCount };
    enum Role { CodeIdRole = Qt::UserRole + 1, CodePathRole, ColorRole, DescriptionRole };

    explicit CodeTreeModel(WorkbenchState& state, QObject* parent = nullptr);

    QModelIndex indexOfCode(CodeId id) const;
    std::optional<CodeId> codeAt(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

signals:
    void codesDroppedOnCode(const QList<tessera::CodeId>& sources, tessera::CodeId target);
    void errorOccurred(const QString& message);
};

} // namespace tessera::ui
