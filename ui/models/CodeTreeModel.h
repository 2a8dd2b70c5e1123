#pragma once

#include "TreeModelBase.h"
#include "common/WorkbenchState.h"

#include <QColor>
#include <QHash>

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
//
// Rows, definitions and counts are cached on refresh (one Project::codes() and one
// Project::codeCounts() call), so data() never queries the project. Counts are the visible
// coder's (WorkbenchState::visibleCoder) and cover each code's own codings, not its sub-codes'.
class CodeTreeModel : public TreeModelBase {
    Q_OBJECT

public:
    enum Column { NameColumn, CodingsColumn, DocumentsColumn, ColumnCount };
    // CodeIdRole: qint64 (CodeId::value); CodePathRole: "Parent/Child"; ColorRole: QColor.
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
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
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

private:
    struct CodeRow {
        QString name;
        QString path;
        QColor color;
        QString description;
        QString inclusion;
        QString exclusion;
        friend bool operator==(const CodeRow&, const CodeRow&) = default;
    };

    // Counts are re-read only when codings may have changed: renaming or moving codes keeps them.
    void reload(bool withCounts);
    void reloadCounts();
    void applyCounts(const QHash<CodeId, CodeCounts>& counts);
    // True when `code` is `ancestor` or lies below it.
    bool isWithin(CodeId code, CodeId ancestor) const;
    // Known codes without repeats, in tree order, without those whose ancestor is listed too.
    QList<CodeId> draggedCodes(const QList<CodeId>& codes) const;
    bool moveCodes(const QList<CodeId>& codes, std::optional<CodeId> parent, int row);
    QString tooltip(const CodeRow& row) const;

    WorkbenchState& m_state;
    QHash<qint64, CodeRow> m_rows;
    QHash<qint64, int> m_order; // depth-first position, for ordering dragged codes
    QHash<CodeId, CodeCounts> m_counts;
};

} // namespace tessera::ui
