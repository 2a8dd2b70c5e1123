#include "ThemeStatusFilter.h"

#include "ThemeBoardModel.h"

namespace tessera::ui {

ThemeStatusFilter::ThemeStatusFilter(ThemeStatus status, QObject* parent)
    : QSortFilterProxyModel(parent), m_status(status)
{
    setDynamicSortFilter(true);
}

bool ThemeStatusFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(ThemeBoardModel::StatusRole).toInt() == int(m_status);
}

} // namespace tessera::ui
