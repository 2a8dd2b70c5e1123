#include "KeyedListModel.h"

#include <QSet>

namespace tessera::ui {

int KeyedListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

void KeyedListModel::setKeys(const QList<qint64>& keys)
{
    if (keys == m_keys) {
        return;
    }
    const QSet<qint64> oldSet(m_keys.cbegin(), m_keys.cend());
    const QSet<qint64> newSet(keys.cbegin(), keys.cend());
    QList<qint64> keptInOldOrder;
    QList<qint64> keptInNewOrder;
    for (qint64 key : std::as_const(m_keys)) {
        if (newSet.contains(key)) {
            keptInOldOrder << key;
        }
    }
    for (qint64 key : keys) {
        if (oldSet.contains(key)) {
            keptInNewOrder << key;
        }
    }
    // Moving rows one by one would cost more signals than a reset saves, and moves are rare
    // (a theme dragged elsewhere in the tree).
    if (keptInOldOrder != keptInNewOrder) {
        beginResetModel();
        m_keys = keys;
        reindex();
        endResetModel();
        return;
    }
    for (int row = int(m_keys.size()) - 1; row >= 0; --row) {
        if (!newSet.contains(m_keys[row])) {
            beginRemoveRows({}, row, row);
            m_keys.removeAt(row);
            reindex();
            endRemoveRows();
        }
    }
    // m_keys now holds the kept keys in their shared order: inserting the newcomers at their
    // final rows, front to back, yields exactly `keys`.
    for (int row = 0; row < keys.size(); ++row) {
        if (!oldSet.contains(keys[row])) {
            beginInsertRows({}, row, row);
            m_keys.insert(row, keys[row]);
            reindex();
            endInsertRows();
        }
    }
}

void KeyedListModel::resetKeys(const QList<qint64>& keys, const std::function<void()>& replaceData)
{
    beginResetModel();
    replaceData();
    m_keys = keys;
    reindex();
    endResetModel();
}

void KeyedListModel::rowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void KeyedListModel::reindex()
{
    m_rowOf.clear();
    for (int row = 0; row < m_keys.size(); ++row) {
        m_rowOf.insert(m_keys[row], row);
    }
}

} // namespace tessera::ui
