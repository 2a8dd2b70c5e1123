#include "ExcerptListModel.h"

namespace tessera::ui {

ExcerptListModel::ExcerptListModel(QObject* parent) : QAbstractTableModel(parent) {}

void ExcerptListModel::setExcerpts(const QList<Excerpt>& excerpts)
{
    beginResetModel();
    m_rows = excerpts;
    endResetModel();
}

TextRange ExcerptListModel::rangeAt(int row) const
{
    if (row < 0 || row >= m_rows.size()) {
        return {};
    }
    const Coding& coding = m_rows[row].coding;
    return {coding.documentId, coding.start, coding.end};
}

int ExcerptListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExcerptListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExcerptListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Excerpt& excerpt = m_rows[index.row()];
    if (role == Qt::DisplayRole) {
        return ExcerptColumns::display(excerpt, index.column());
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == TextColumn) {
            return excerpt.text;
        }
        if (index.column() == DocumentColumn && !excerpt.group.isEmpty()) {
            return tr("%1 (%2)").arg(excerpt.documentName, excerpt.group);
        }
    }
    return {};
}

QVariant ExcerptListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    return ExcerptColumns::header(section);
}

} // namespace tessera::ui
