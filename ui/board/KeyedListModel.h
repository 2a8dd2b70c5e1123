#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <functional>

namespace tessera::ui {

// A flat model whose rows are identified by a stable key (a theme, code or coding id). When the
// project changes, derived models hand over the new key order and the base removes and inserts
// only the rows that came or went, so views keep their scroll position, selection and current
// row; only a reordering of rows that stay falls back to a reset.
class KeyedListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    // -1 when the key is not shown.
    int rowOfKey(qint64 key) const { return m_rowOf.value(key, -1); }
    qint64 keyAt(int row) const { return m_keys.value(row); }
    const QList<qint64>& keys() const { return m_keys; }

protected:
    // Brings the rows to `keys`. Call it after the derived model's data already answers for
    // every key in the old and the new list; rows that stay get no signal here (the caller
    // emits dataChanged for those whose values changed, see rowChanged()).
    void setKeys(const QList<qint64>& keys);
    void rowChanged(int row);
    // Replaces every row at once (another theme shown): `replaceData` swaps the derived
    // model's data between the reset's begin and end.
    void resetKeys(const QList<qint64>& keys, const std::function<void()>& replaceData);

private:
    void reindex();

    QList<qint64> m_keys;
    QHash<qint64, int> m_rowOf;
};

} // namespace tessera::ui
