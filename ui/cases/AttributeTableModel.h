#pragma once

#include "model/Entities.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace tessera {
class Project;
}

namespace tessera::ui {

// Participants (or documents) as rows and their attributes as columns, for the "Participants
// & Attributes" view. Two fixed columns come first — the pseudonym and the linked speakers
// for participants, the name and the group for documents — then one column per attribute
// definition in its stored order.
//
// Every accepted edit is one Project call (rename, or set one attribute value), so it is one
// undoable step; a value the core refuses (a number column given "abc") leaves the cell as it
// was and is reported through problem(). Follows Project::changed: a change that keeps the
// rows and columns only repaints, so the view keeps its current cell while typing along a row.
class AttributeTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        // A key the sort proxy compares: double for numbers, QDate for dates, the category's
        // position for categories, case-folded text otherwise; invalid for an empty cell.
        SortKeyRole = Qt::UserRole + 1,
        AttributeTypeRole, // int(AttributeType) on attribute columns
        CategoriesRole,    // QStringList on category columns
        OwnerIdRole,       // qint64: the participant or document id of the row
    };
    static constexpr int NameColumn = 0;
    static constexpr int DetailColumn = 1; // linked speakers, or the document's group
    static constexpr int FirstAttributeColumn = 2;

    AttributeTableModel(Project& project, AttributeScope scope, QObject* parent = nullptr);

    AttributeScope scope() const { return m_scope; }
    // Re-reads everything; called on Project::changed.
    void refresh();

    qint64 ownerAt(int row) const;
    int rowOf(qint64 ownerId) const;
    std::optional<AttributeDefinition> attributeAt(int column) const;
    int columnOf(const QString& attribute) const; // -1 when not defined

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    void problem(const QString& message);
    void statusMessage(const QString& message);

private:
    struct Row {
        qint64 id = 0;
        QString name;
        QString detail;
        QString detailTip;
        QHash<QString, QString> values;
    };

    QList<Row> readRows() const;
    QString valueAt(const QModelIndex& index) const;
    QVariant sortKey(const QModelIndex& index) const;

    Project& m_project;
    AttributeScope m_scope;
    QList<AttributeDefinition> m_attributes;
    QList<Row> m_rows;
};

} // namespace tessera::ui
