#include "UnthemedCodesModel.h"

#include "common/MimeTypes.h"
#include "models/ModelSupport.h"
#include "project/Project.h"
#include "workbench/UiText.h"

namespace tessera::ui {

UnthemedCodesModel::UnthemedCodesModel(WorkbenchState& state, QObject* parent)
    : KeyedListModel(parent), m_state(state)
{
    connect(&state.project(), &Project::changed, this, [this](ProjectChanges what) {
        if (what & (ProjectChange::Themes | ProjectChange::Codes | ProjectChange::Codings)) {
            reload();
        }
    });
    connect(&state, &WorkbenchState::codingVisibilityChanged, this, &UnthemedCodesModel::reload);
    reload();
}

void UnthemedCodesModel::reload()
{
    const Project& project = m_state.project();
    const QHash<CodeId, CodeCounts> counts = project.codeCounts(m_state.visibleCoder());
    QHash<qint64, Row> rows;
    QList<qint64> order;
    for (const CodeId id : project.unthemedCodes()) {
        const auto code = project.code(id);
        if (!code) {
            continue;
        }
        const CodeCounts count = counts.value(id);
        rows.insert(id.value, Row{code->fields.name, code->path, colorFromText(code->fields.color),
                                  code->fields.description, count.codings, count.documents});
        order << id.value;
    }
    const QHash<qint64, Row> previous = m_rows;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        m_rows.insert(it.key(), it.value());
    }
    setKeys(order);
    m_rows = rows;
    for (int row = 0; row < order.size(); ++row) {
        const auto before = previous.constFind(order[row]);
        if (before != previous.cend() && !(*before == rows.value(order[row]))) {
            rowChanged(row);
        }
    }
}

std::optional<CodeId> UnthemedCodesModel::codeAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this) {
        return std::nullopt;
    }
    return CodeId(keyAt(index.row()));
}

QModelIndex UnthemedCodesModel::indexOfCode(CodeId id) const
{
    const int row = rowOfKey(id.value);
    return row < 0 ? QModelIndex() : index(row, NameColumn);
}

int UnthemedCodesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnthemedCodesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto it = m_rows.constFind(keyAt(index.row()));
    if (it == m_rows.cend()) {
        return {};
    }
    const Row& row = *it;
    if (role == CodeIdRole) {
        return keyAt(index.row());
    }
    if (role == Qt::ToolTipRole) {
        return richTooltip(
            row.path,
            {{tr("Description"), row.description},
             {QString(), countOf(row.codings, tr("%1 coding"), tr("%1 codings")) +
                             QStringLiteral(" · ") +
                             countOf(row.documents, tr("%1 document"), tr("%1 documents"))}});
    }
    if (index.column() == NameColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return row.name;
        case Qt::DecorationRole:
            return row.color;
        case Qt::AccessibleTextRole:
            return tr("%1, %2").arg(row.path,
                                    countOf(row.codings, tr("%1 coding"), tr("%1 codings")));
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        return row.codings;
    }
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant UnthemedCodesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    // "n" keeps the count column narrow: the board shares the window's middle with the docks.
    if (role == Qt::DisplayRole) {
        return section == NameColumn ? tr("Code") : tr("n");
    }
    if (role == Qt::ToolTipRole && section == CodingsColumn) {
        return tr("Codings (of the coders shown)");
    }
    return {};
}

Qt::ItemFlags UnthemedCodesModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

Qt::DropActions UnthemedCodesModel::supportedDragActions() const
{
    // Linking leaves the code where it is in the code tree; the row goes because the code is
    // no longer unthemed, not because the drag moved it.
    return Qt::CopyAction;
}

QStringList UnthemedCodesModel::mimeTypes() const
{
    return {QLatin1String(kCodeIdsMime)};
}

QMimeData* UnthemedCodesModel::mimeData(const QModelIndexList& indexes) const
{
    QList<CodeId> codes;
    QStringList names;
    for (const QModelIndex& index : indexes) {
        if (const auto id = codeAt(index); id && !codes.contains(*id)) {
            codes << *id;
            names << m_rows.value(id->value).path;
        }
    }
    return codes.isEmpty() ? nullptr : makeCodesMime(codes, names.join(QLatin1Char('\n')));
}

} // namespace tessera::ui
