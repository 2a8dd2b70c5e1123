#include "DocumentFilterProxyModel.h"

#include "DocumentTreeModel.h"

namespace tessera::ui {

DocumentFilterProxyModel::DocumentFilterProxyModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void DocumentFilterProxyModel::setFilterText(const QString& text)
{
    setFilterFixedString(text);
}

bool DocumentFilterProxyModel::filterAcceptsRow(int sourceRow,
                                                const QModelIndex& sourceParent) const
{
    const QRegularExpression pattern = filterRegularExpression();
    if (pattern.pattern().isEmpty()) {
        return true;
    }
    const QModelIndex index =
        sourceModel()->index(sourceRow, DocumentTreeModel::NameColumn, sourceParent);
    // Group rows display "Name (count)": match the plain names, never the count.
    const QString group = index.data(DocumentTreeModel::GroupNameRole).toString();
    if (pattern.match(group).hasMatch()) {
        return true;
    }
    return !index.data(DocumentTreeModel::IsGroupRole).toBool() &&
           pattern.match(index.data(Qt::DisplayRole).toString()).hasMatch();
}

} // namespace tessera::ui
