#include "AttributeSortProxy.h"

#include "AttributeTableModel.h"

#include <QDate>

namespace tessera::ui {

AttributeSortProxy::AttributeSortProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(AttributeTableModel::SortKeyRole);
    setDynamicSortFilter(true);
}

void AttributeSortProxy::setFilterText(const QString& text)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (folded == m_filter) {
        return;
    }
    m_filter = folded;
    invalidateRowsFilter();
}

bool AttributeSortProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    // Blank cells go last whichever way the column is sorted: they are "not known", not small.
    if (a.isValid() != b.isValid()) {
        return sortOrder() == Qt::AscendingOrder ? a.isValid() : b.isValid();
    }
    if (!a.isValid()) {
        return left.row() < right.row();
    }
    if (a.typeId() == QMetaType::Double && b.typeId() == QMetaType::Double) {
        return a.toDouble() < b.toDouble();
    }
    if (a.typeId() == QMetaType::QDate && b.typeId() == QMetaType::QDate) {
        return a.toDate() < b.toDate();
    }
    // A number column holding a stray text value: numbers first, then text.
    if ((a.typeId() == QMetaType::Double) != (b.typeId() == QMetaType::Double)) {
        return a.typeId() == QMetaType::Double;
    }
    return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
}

bool AttributeSortProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_filter.isEmpty()) {
        return true;
    }
    const QAbstractItemModel* model = sourceModel();
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        const QString text = model->index(sourceRow, column, sourceParent).data().toString();
        if (text.toCaseFolded().contains(m_filter)) {
            return true;
        }
    }
    return false;
}

} // namespace tessera::ui
