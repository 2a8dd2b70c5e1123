#include "DisagreementModel.h"

#include "workbench/UiText.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace tessera::ui {

QString disagreementKey(const Disagreement& disagreement)
{
    return QStringLiteral("%1:%2:%3:%4")
        .arg(disagreement.code.value)
        .arg(disagreement.document.value)
        .arg(disagreement.start)
        .arg(disagreement.end);
}

DisagreementModel::DisagreementModel(QObject* parent) : QAbstractTableModel(parent) {}

void DisagreementModel::setDisagreements(const QList<Disagreement>& disagreements,
                                         const QList<Resolution>& resolutions,
                                         const QStringList& coders, bool withConsensus,
                                         const QHash<QString, int>& leftUncoded)
{
    beginResetModel();
    m_all.clear();
    m_all.reserve(disagreements.size());
    for (int i = 0; i < disagreements.size(); ++i) {
        Row row{disagreements[i], resolutions.value(i), -1};
        if (withConsensus && row.resolution.kind == Resolution::Kind::Open) {
            row.leftUncodedBy = leftUncoded.value(disagreementKey(row.disagreement), -1);
        }
        if (!withConsensus) {
            row.resolution = {};
        }
        m_all << row;
    }
    m_coders = coders;
    m_withConsensus = withConsensus;
    rebuildShown();
    endResetModel();
}

void DisagreementModel::clear()
{
    setDisagreements({}, {}, m_coders, m_withConsensus, {});
}

void DisagreementModel::setHideResolved(bool hide)
{
    if (hide == m_hideResolved) {
        return;
    }
    beginResetModel();
    m_hideResolved = hide;
    rebuildShown();
    endResetModel();
}

void DisagreementModel::rebuildShown()
{
    m_shown.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        if (!m_hideResolved || !m_all[i].resolved()) {
            m_shown << i;
        }
    }
}

const Disagreement* DisagreementModel::disagreementAt(int row) const
{
    return row >= 0 && row < m_shown.size() ? &m_all[m_shown[row]].disagreement : nullptr;
}

bool DisagreementModel::isResolved(int row) const
{
    return row >= 0 && row < m_shown.size() && m_all[m_shown[row]].resolved();
}

QString DisagreementModel::statusText(int row) const
{
    if (row < 0 || row >= m_shown.size()) {
        return {};
    }
    const Row& r = m_all[m_shown[row]];
    if (r.leftUncodedBy >= 0) {
        return tr("%1's version (not coded)").arg(m_coders.value(r.leftUncodedBy));
    }
    switch (r.resolution.kind) {
    case Resolution::Kind::Open:
        return tr("open");
    case Resolution::Kind::Accepted:
        return tr("%1's version").arg(m_coders.value(r.resolution.coder));
    case Resolution::Kind::Edited:
        return tr("edited");
    }
    return {};
}

int DisagreementModel::rowOfKey(const QString& key) const
{
    for (int row = 0; row < m_shown.size(); ++row) {
        if (disagreementKey(m_all[m_shown[row]].disagreement) == key) {
            return row;
        }
    }
    return -1;
}

int DisagreementModel::resolvedCount() const
{
    return int(
        std::count_if(m_all.cbegin(), m_all.cend(), [](const Row& row) { return row.resolved(); }));
}

int DisagreementModel::consensusColumn() const
{
    return m_withConsensus ? FirstCoderColumn + int(m_coders.size()) : -1;
}

int DisagreementModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int DisagreementModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0
                            : FirstCoderColumn + int(m_coders.size()) + (m_withConsensus ? 1 : 0);
}

QString DisagreementModel::where(const Disagreement& d) const
{
    const QString characters =
        tr("characters %1–%2").arg(QLocale().toString(d.start), QLocale().toString(d.end));
    if (d.turns.isEmpty()) {
        return characters;
    }
    const QString turns = d.turns.size() == 1
                              ? tr("turn %1").arg(d.turns.first() + 1)
                              : tr("turns %1–%2").arg(d.turns.first() + 1).arg(d.turns.last() + 1);
    return tr("%1 (%2)").arg(turns, characters);
}

QVariant DisagreementModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size()) {
        return {};
    }
    const Row& row = m_all[m_shown[index.row()]];
    const Disagreement& d = row.disagreement;
    const int column = index.column();
    const int coder = column - FirstCoderColumn;
    if (role == ResolvedRole) {
        return row.resolved();
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case CodeColumn:
            return d.codePath;
        case DocumentColumn:
            return d.documentName;
        case WhereColumn:
            return where(d);
        case LengthColumn:
            return QLocale().toString(d.length());
        default:
            break;
        }
        if (coder >= 0 && coder < d.coders.size()) {
            return d.coders[coder].coded ? tr("coded") : tr("not coded");
        }
        if (column == consensusColumn()) {
            return statusText(index.row());
        }
        return {};
    }
    if (role == Qt::ToolTipRole && (column == CodeColumn || column == DocumentColumn)) {
        return column == CodeColumn ? d.codePath : d.documentName;
    }
    if (role == Qt::ToolTipRole && coder >= 0 && coder < d.coders.size()) {
        const CoderCoverage& who = d.coders[coder];
        return who.coded ? countOf(who.codings.size(), tr("%2 coded “%3” here (%1 coding)"),
                                   tr("%2 coded “%3” here (%1 codings)"))
                               .arg(who.coderName, d.codePath)
                         : tr("%1 did not code “%2” here").arg(who.coderName, d.codePath);
    }
    if (role == Qt::TextAlignmentRole && column == LengthColumn) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::FontRole && coder >= 0 && coder < d.coders.size() && d.coders[coder].coded) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ForegroundRole && row.resolved()) {
        return QGuiApplication::palette().brush(QPalette::PlaceholderText);
    }
    return {};
}

QVariant DisagreementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case DocumentColumn:
        return tr("Document");
    case WhereColumn:
        return tr("Where");
    case LengthColumn:
        return tr("Characters");
    default:
        break;
    }
    if (section == consensusColumn()) {
        return tr("Consensus");
    }
    return m_coders.value(section - FirstCoderColumn);
}

} // namespace tessera::ui
