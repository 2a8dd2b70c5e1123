#pragma once

#include "analysis/AttributeMatrix.h"

#include <QAbstractTableModel>

namespace tessera::ui {

// A code × attribute matrix as a table: the code (or theme) path, one column per attribute
// value, then Total; a last row gives the participants per column, the denominators. Cells
// show participant counts, shaded by their share of the column's participants so the eye finds
// where a code is common; the tooltip spells it out.
class AttributeMatrixModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        ParticipantsRole = Qt::UserRole + 1, // int: the cell's count
        ShareRole,                           // double 0..1: count / column participants
    };

    explicit AttributeMatrixModel(QObject* parent = nullptr);

    void setMatrix(const AttributeMatrix& matrix);
    void clear();
    const AttributeMatrix& matrix() const { return m_matrix; }
    // The cell behind an index; null for the name column and the participants row.
    const MatrixCell* cellAt(const QModelIndex& index) const;
    // "Digital poverty" and "Social worker" (or "Total") for a cell.
    QString rowName(int row) const;
    QString columnName(int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    int denominator(int column) const;
    QString tooltip(const QModelIndex& index) const;

    AttributeMatrix m_matrix;
};

} // namespace tessera::ui
