#include "CodeTreeModel.h"

#include "ModelSupport.h"
#include "common/CodingOperations.h"
#include "common/MimeTypes.h"
#include "project/Project.h"

#include <QMimeData>
#include <QSet>

#include <algorithm>

namespace tessera::ui {
namespace {

TreeKey codeKey(qint64 id)
{
    return TreeKey{0, id, 0};
}

bool sameCounts(const CodeCounts& a, const CodeCounts& b)
{
    return a.codings == b.codings && a.documents == b.documents && a.speakers == b.speakers;
}

} // namespace

CodeTreeModel::CodeTreeModel(WorkbenchState& state, QObject* parent)
    : TreeModelBase(parent), m_state(state)
{
    connect(&state.project(), &Project::changed, this, [this](ProjectChanges what) {
        if (what.testFlag(ProjectChange::Codes)) {
            reload(what.testFlag(ProjectChange::Codings));
        } else if (what.testFlag(ProjectChange::Codings)) {
            reloadCounts();
        }
    });
    connect(&state, &WorkbenchState::codingVisibilityChanged, this, &CodeTreeModel::reloadCounts);
    reload(true);
}

void CodeTreeModel::reload(bool withCounts)
{
    const QList<Code> codes = m_state.project().codes();
    QHash<qint64, CodeRow> rows;
    QHash<qint64, int> order;
    QList<TreeEntry> entries;
    rows.reserve(codes.size());
    entries.reserve(codes.size());
    for (const Code& code : codes) {
        rows.insert(code.id.value,
                    CodeRow{code.fields.name, code.path, colorFromText(code.fields.color),
                            code.fields.description, code.fields.inclusion, code.fields.exclusion});
        order.insert(code.id.value, int(order.size()));
        entries << TreeEntry{codeKey(code.id.value),
                             code.parentId ? std::optional(codeKey(code.parentId->value))
                                           : std::nullopt};
    }
    const QHash<CodeId, CodeCounts> counts =
        withCounts ? m_state.project().codeCounts(m_state.visibleCoder()) : m_counts;

    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        if (!m_rows.contains(it.key())) {
            m_rows.insert(it.key(), it.value());
        }
    }
    m_order = order;
    if (applyStructure(entries, [&] {
            m_rows = rows;
            m_counts = counts;
        })) {
        return;
    }
    QList<TreeKey> edited;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        if (m_rows.value(it.key()) != it.value()) {
            edited << codeKey(it.key());
        }
    }
    m_rows = rows;
    emitRowsChanged(edited, NameColumn, NameColumn);
    applyCounts(counts);
}

void CodeTreeModel::reloadCounts()
{
    applyCounts(m_state.project().codeCounts(m_state.visibleCoder()));
}

void CodeTreeModel::applyCounts(const QHash<CodeId, CodeCounts>& counts)
{
    QList<TreeKey> changed;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (!sameCounts(m_counts.value(it.key()), it.value())) {
            changed << codeKey(it.key().value);
        }
    }
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        if (!counts.contains(it.key())) {
            changed << codeKey(it.key().value);
        }
    }
    m_counts = counts;
    emitRowsChanged(changed, CodingsColumn, DocumentsColumn);
}

QModelIndex CodeTreeModel::indexOfCode(CodeId id) const
{
    return indexOfKey(codeKey(id.value));
}

std::optional<CodeId> CodeTreeModel::codeAt(const QModelIndex& index) const
{
    const auto key = keyAt(index);
    return key ? std::optional(CodeId(key->id)) : std::nullopt;
}

QModelIndex CodeTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    return treeIndex(row, column, parent);
}

QModelIndex CodeTreeModel::parent(const QModelIndex& child) const
{
    return treeParent(child);
}

int CodeTreeModel::rowCount(const QModelIndex& parent) const
{
    return treeRowCount(parent);
}

int CodeTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QString CodeTreeModel::tooltip(const CodeRow& row) const
{
    return richTooltip(row.path, {{QString(), row.description},
                                  {tr("Include:"), row.inclusion},
                                  {tr("Exclude:"), row.exclusion}});
}

QVariant CodeTreeModel::data(const QModelIndex& index, int role) const
{
    const auto id = codeAt(index);
    if (!id) {
        return {};
    }
    const auto it = m_rows.constFind(id->value);
    if (it == m_rows.cend()) {
        return {};
    }
    const CodeRow& row = *it;
    switch (role) {
    case CodeIdRole:
        return id->value;
    case CodePathRole:
        return row.path;
    case ColorRole:
        return row.color;
    case DescriptionRole:
        return row.description;
    case Qt::ToolTipRole:
        return tooltip(row);
    default:
        break;
    }
    if (index.column() == NameColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return row.name;
        case Qt::DecorationRole:
            return row.color.isValid() ? QVariant(row.color) : QVariant();
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        const CodeCounts counts = m_counts.value(*id);
        return index.column() == CodingsColumn ? counts.codings : counts.documents;
    }
    if (role == Qt::TextAlignmentRole) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

bool CodeTreeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    // A null value is not an edit: views in overwrite mode clear dragged cells with one.
    const auto id = codeAt(index);
    if (!id || role != Qt::EditRole || index.column() != NameColumn || !value.isValid()) {
        return false;
    }
    const QString name = value.toString().trimmed();
    if (name == m_rows.value(id->value).name) {
        return true;
    }
    if (auto renamed = m_state.project().renameCode(*id, name); !renamed) {
        emit errorOccurred(renamed.error().message);
        return false;
    }
    return true;
}

QVariant CodeTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Code");
    case CodingsColumn:
        return tr("Codings");
    case DocumentsColumn:
        return tr("Documents");
    default:
        return {};
    }
}

Qt::ItemFlags CodeTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::ItemIsDropEnabled; // the empty area: codes become top-level codes
    }
    Qt::ItemFlags flags =
        Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    if (index.column() == NameColumn) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

Qt::DropActions CodeTreeModel::supportedDropActions() const
{
    // Text dragged from a read-only transcript offers only CopyAction.
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions CodeTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList CodeTreeModel::mimeTypes() const
{
    return {QLatin1String(kCodeIdsMime), QLatin1String(kTextRangeMime)};
}

bool CodeTreeModel::isWithin(CodeId code, CodeId ancestor) const
{
    for (std::optional<TreeKey> key = codeKey(code.value); key; key = parentKeyOf(*key)) {
        if (key->id == ancestor.value) {
            return true;
        }
    }
    return false;
}

QList<CodeId> CodeTreeModel::draggedCodes(const QList<CodeId>& codes) const
{
    QList<CodeId> known;
    for (CodeId code : codes) {
        if (m_rows.contains(code.value) && !known.contains(code)) {
            known << code;
        }
    }
    QList<CodeId> result;
    for (CodeId code : known) {
        const bool carried = std::any_of(known.cbegin(), known.cend(), [&](CodeId other) {
            return other != code && isWithin(code, other);
        });
        if (!carried) {
            result << code;
        }
    }
    std::sort(result.begin(), result.end(), [this](CodeId a, CodeId b) {
        return m_order.value(a.value) < m_order.value(b.value);
    });
    return result;
}

QMimeData* CodeTreeModel::mimeData(const QModelIndexList& indexes) const
{
    QList<CodeId> codes;
    for (const QModelIndex& index : indexes) {
        if (const auto id = codeAt(index)) {
            codes << *id;
        }
    }
    codes = draggedCodes(codes);
    if (codes.isEmpty()) {
        return nullptr;
    }
    QStringList paths;
    for (CodeId code : codes) {
        paths << m_rows.value(code.value).path;
    }
    return makeCodesMime(codes, paths.join(QLatin1Char('\n')));
}

bool CodeTreeModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int,
                                    const QModelIndex& parent) const
{
    if (!data || action == Qt::IgnoreAction) {
        return false;
    }
    // The view passes the index under the cursor, in whichever column it is.
    const auto target = codeAt(parent);
    if (parent.isValid() && !target) {
        return false;
    }
    if (data->hasFormat(QLatin1String(kCodeIdsMime))) {
        const QList<CodeId> codes = codesFromMime(data);
        if (codes.isEmpty()) {
            return false;
        }
        return std::all_of(codes.cbegin(), codes.cend(), [&](CodeId code) {
            return m_rows.contains(code.value) && !(target && isWithin(*target, code));
        });
    }
    if (data->hasFormat(QLatin1String(kTextRangeMime))) {
        // Between two rows it is unclear which code was meant.
        const auto range = textRangeFromMime(data);
        return range && !range->isEmpty() && target && row < 0;
    }
    return false;
}

bool CodeTreeModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                 const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent)) {
        return false;
    }
    const auto target = codeAt(parent);
    if (data->hasFormat(QLatin1String(kCodeIdsMime))) {
        const QList<CodeId> codes = draggedCodes(codesFromMime(data));
        if (target && row < 0) {
            // Nest or merge is the window's question to ask; false keeps the view from
            // treating the drop as a completed move.
            emit codesDroppedOnCode(codes, *target);
            return false;
        }
        return moveCodes(codes, target, row);
    }
    auto coding = applyCode(m_state, *textRangeFromMime(data), *target);
    if (!coding) {
        emit errorOccurred(coding.error().message);
        return false;
    }
    return true;
}

bool CodeTreeModel::moveCodes(const QList<CodeId>& codes, std::optional<CodeId> parent, int row)
{
    const std::optional<TreeKey> parentKey =
        parent ? std::optional(codeKey(parent->value)) : std::nullopt;
    // The codes land before the first sibling at or after `row` that is not itself dragged;
    // Project::moveCode counts positions among the other siblings, so the anchor is looked up
    // again after each move (the model has refreshed by then).
    const QList<TreeKey> siblings = childKeys(parentKey);
    std::optional<TreeKey> anchor;
    for (qsizetype i = std::max(row, 0); row >= 0 && i < siblings.size(); ++i) {
        if (!codes.contains(CodeId(siblings[i].id))) {
            anchor = siblings[i];
            break;
        }
    }
    for (CodeId code : codes) {
        QList<TreeKey> others = childKeys(parentKey);
        const qsizetype self = others.indexOf(codeKey(code.value));
        if (self >= 0) {
            others.removeAt(self);
        }
        const int position = anchor ? int(others.indexOf(*anchor)) : -1;
        if (self >= 0 && (anchor ? self == position : self == others.size())) {
            continue;
        }
        if (auto moved = m_state.project().moveCode(code, parent, position); !moved) {
            emit errorOccurred(moved.error().message);
            return false;
        }
    }
    return true;
}

} // namespace tessera::ui
