#include "AttributeMatrixModel.h"

#include "workbench/UiText.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace tessera::ui {
namespace {

QColor mix(const QColor& from, const QColor& to, double amount)
{
    const double t = std::clamp(amount, 0.0, 1.0);
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * t),
                            float(from.greenF() + (to.greenF() - from.greenF()) * t),
                            float(from.blueF() + (to.blueF() - from.blueF()) * t));
}

} // namespace

AttributeMatrixModel::AttributeMatrixModel(QObject* parent) : QAbstractTableModel(parent) {}

void AttributeMatrixModel::setMatrix(const AttributeMatrix& matrix)
{
    beginResetModel();
    m_matrix = matrix;
    endResetModel();
}

void AttributeMatrixModel::clear()
{
    setMatrix({});
}

int AttributeMatrixModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || m_matrix.columns.isEmpty()) {
        return 0;
    }
    return int(m_matrix.matrixRows.size()) + 1;
}

int AttributeMatrixModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid() || m_matrix.columns.isEmpty()) {
        return 0;
    }
    return int(m_matrix.columns.size()) + 2;
}

const MatrixCell* AttributeMatrixModel::cellAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_matrix.matrixRows.size() || index.column() == 0) {
        return nullptr;
    }
    const MatrixRow& row = m_matrix.matrixRows[index.row()];
    const int column = index.column() - 1;
    return column < row.cells.size() ? &row.cells[column] : &row.total;
}

QString AttributeMatrixModel::rowName(int row) const
{
    return row >= 0 && row < m_matrix.matrixRows.size() ? m_matrix.matrixRows[row].path : QString();
}

QString AttributeMatrixModel::columnName(int column) const
{
    if (column >= 1 && column <= m_matrix.columns.size()) {
        return m_matrix.columns[column - 1];
    }
    return column == m_matrix.columns.size() + 1 ? tr("Total") : QString();
}

int AttributeMatrixModel::denominator(int column) const
{
    if (column >= 1 && column <= m_matrix.columnParticipants.size()) {
        return m_matrix.columnParticipants[column - 1];
    }
    return m_matrix.totalParticipants;
}

QString AttributeMatrixModel::tooltip(const QModelIndex& index) const
{
    const MatrixCell* cell = cellAt(index);
    if (!cell) {
        return {};
    }
    const bool total = index.column() == m_matrix.columns.size() + 1;
    const QString who = total ? tr("of all %1").arg(denominator(index.column()))
                              : tr("of %1 with %2 = %3")
                                    .arg(denominator(index.column()))
                                    .arg(m_matrix.attribute, columnName(index.column()));
    return tr("%1 %2 said something coded “%3” (%4). Double-click to read them.")
        .arg(countOf(cell->participants, tr("%1 participant"), tr("%1 participants")), who,
             rowName(index.row()),
             countOf(cell->codings.size(), tr("%1 excerpt"), tr("%1 excerpts")));
}

QVariant AttributeMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const bool footer = index.row() == m_matrix.matrixRows.size();
    const MatrixCell* cell = cellAt(index);
    const int denominatorOfCell = denominator(index.column());
    const double share =
        cell && denominatorOfCell > 0 ? double(cell->participants) / denominatorOfCell : 0.0;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == 0) {
            if (footer) {
                return tr("Participants");
            }
            const MatrixRow& row = m_matrix.matrixRows[index.row()];
            // Indent nested codes/themes like the tree they come from.
            return QString(QString(row.depth * 4, QLatin1Char(' ')) + row.name);
        }
        if (footer) {
            return denominatorOfCell;
        }
        return cell ? cell->participants : 0;
    case Qt::ToolTipRole:
        if (index.column() == 0 && !footer) {
            return m_matrix.matrixRows[index.row()].path;
        }
        if (footer) {
            return tr("Participants with this value who speak in the documents counted: the "
                      "denominator of the column");
        }
        return tooltip(index);
    case Qt::TextAlignmentRole:
        return index.column() == 0 ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (footer || index.column() == m_matrix.columns.size() + 1 ||
            (index.column() == 0 && m_matrix.matrixRows[index.row()].depth == 0)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        if (cell && cell->participants > 0) {
            const QPalette palette = QGuiApplication::palette();
            return mix(palette.color(QPalette::Base), palette.color(QPalette::Highlight),
                       0.12 + 0.6 * share);
        }
        return {};
    case Qt::ForegroundRole:
        if (cell && cell->participants > 0 && 0.12 + 0.6 * share > 0.55) {
            return QGuiApplication::palette().color(QPalette::HighlightedText);
        }
        if (cell && cell->participants == 0) {
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        }
        return {};
    case ParticipantsRole:
        return cell ? cell->participants : (footer ? denominatorOfCell : 0);
    case ShareRole:
        return share;
    default:
        return {};
    }
}

QVariant AttributeMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::DisplayRole) {
        if (section == 0) {
            return m_matrix.rows == MatrixRows::Themes ? tr("Theme") : tr("Code");
        }
        return columnName(section);
    }
    if (role == Qt::ToolTipRole && section > 0) {
        return section == m_matrix.columns.size() + 1
                   ? tr("All participants (each counted once)")
                   : tr("%1 = %2").arg(m_matrix.attribute, columnName(section));
    }
    return {};
}

} // namespace tessera::ui
