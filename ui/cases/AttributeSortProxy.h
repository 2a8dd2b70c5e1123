#pragma once

#include <QSortFilterProxyModel>

namespace tessera::ui {

// Sorts the attribute table by AttributeTableModel::SortKeyRole — numbers as numbers, dates as
// dates, categories in their stated order — with empty cells last in either direction, and
// filters rows on text found in any column (case-insensitive).
class AttributeSortProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit AttributeSortProxy(QObject* parent = nullptr);

    void setFilterText(const QString& text);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_filter;
};

} // namespace tessera::ui
