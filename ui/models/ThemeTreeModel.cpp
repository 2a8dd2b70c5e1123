#include "ThemeTreeModel.h"

#include "ModelSupport.h"
#include "common/MimeTypes.h"
#include "project/Project.h"

#include <QMimeData>

#include <algorithm>
#include <utility>

namespace tessera::ui {
namespace {

TreeKey themeKey(qint64 theme)
{
    return TreeKey{ThemeTreeModel::ThemeItem, theme, 0};
}

TreeKey linkKey(qint64 code, qint64 theme)
{
    return TreeKey{ThemeTreeModel::CodeItem, code, theme};
}

// A coded passage: two coders (or two codes) marking the same words make one excerpt.
using Passage = std::pair<qint64, std::pair<qsizetype, qsizetype>>;

} // namespace

bool ThemeTreeModel::ThemeRow::operator==(const ThemeRow& other) const
{
    return fields.name == other.fields.name &&
           fields.organisingConcept == other.fields.organisingConcept &&
           fields.status == other.fields.status && fields.color == other.fields.color &&
           fields.memo == other.fields.memo && path == other.path && color == other.color;
}

ThemeTreeModel::ThemeTreeModel(WorkbenchState& state, QObject* parent)
    : TreeModelBase(parent), m_state(state)
{
    connect(&state.project(), &Project::changed, this, [this](ProjectChanges what) {
        if (what.testFlag(ProjectChange::Themes) || what.testFlag(ProjectChange::Codes)) {
            reload(what.testFlag(ProjectChange::Themes) || what.testFlag(ProjectChange::Codings));
        } else if (what.testFlag(ProjectChange::Codings)) {
            reloadCounts();
        }
    });
    connect(&state, &WorkbenchState::codingVisibilityChanged, this, &ThemeTreeModel::reloadCounts);
    reload(true);
}

void ThemeTreeModel::reload(bool withCounts)
{
    Project& project = m_state.project();
    QHash<qint64, CodeRow> codes;
    for (const Code& code : project.codes()) {
        codes.insert(code.id.value, CodeRow{code.path, colorFromText(code.fields.color)});
    }
    const QList<Theme> themes = project.themes();
    QHash<qint64, ThemeRow> rows;
    QHash<qint64, int> order;
    QHash<qint64, QList<qint64>> links;
    QList<TreeEntry> entries;
    for (const Theme& theme : themes) {
        const qint64 id = theme.id.value;
        rows.insert(id, ThemeRow{theme.fields, theme.path, colorFromText(theme.fields.color)});
        order.insert(id, int(order.size()));
        entries << TreeEntry{themeKey(id), theme.parentId
                                               ? std::optional(themeKey(theme.parentId->value))
                                               : std::nullopt};
        // Linked codes come first among a theme's children: its subthemes are listed later.
        QList<qint64>& linked = links[id];
        for (CodeId code : project.codesOfTheme(theme.id)) {
            if (codes.contains(code.value)) {
                linked << code.value;
                entries << TreeEntry{linkKey(code.value, id), themeKey(id)};
            }
        }
    }
    // themes() is depth first, so walking it backwards folds each subtheme into its parent
    // after the subtheme has collected its own subthemes.
    QHash<qint64, QSet<qint64>> treeCodes;
    for (auto it = themes.crbegin(); it != themes.crend(); ++it) {
        QSet<qint64>& mine = treeCodes[it->id.value];
        for (qint64 code : links.value(it->id.value)) {
            mine.insert(code);
        }
        if (it->parentId) {
            treeCodes[it->parentId->value].unite(mine);
        }
    }
    const Tallies tallies = withCounts ? countAll(treeCodes) : m_tallies;

    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        if (!m_themes.contains(it.key())) {
            m_themes.insert(it.key(), it.value());
        }
    }
    for (auto it = codes.cbegin(); it != codes.cend(); ++it) {
        if (!m_codes.contains(it.key())) {
            m_codes.insert(it.key(), it.value());
        }
    }
    m_order = order;
    m_links = links;
    m_treeCodes = treeCodes;
    if (applyStructure(entries, [&] {
            m_themes = rows;
            m_codes = codes;
            m_tallies = tallies;
        })) {
        return;
    }
    QList<TreeKey> editedThemes;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        if (!(m_themes.value(it.key()) == it.value())) {
            editedThemes << themeKey(it.key());
        }
    }
    QList<TreeKey> editedCodes;
    for (auto it = links.cbegin(); it != links.cend(); ++it) {
        for (qint64 code : it.value()) {
            if (m_codes.value(code) != codes.value(code)) {
                editedCodes << linkKey(code, it.key());
            }
        }
    }
    m_themes = rows;
    m_codes = codes;
    emitRowsChanged(editedThemes, NameColumn, StatusColumn);
    emitRowsChanged(editedCodes, NameColumn, NameColumn);
    applyCounts(tallies);
}

void ThemeTreeModel::reloadCounts()
{
    applyCounts(countAll(m_treeCodes));
}

ThemeTreeModel::Tallies ThemeTreeModel::countAll(const QHash<qint64, QSet<qint64>>& treeCodes) const
{
    // One query for every visible coding, instead of one excerpt query per theme.
    CodingFilter filter;
    filter.coderId = m_state.visibleCoder();
    QHash<qint64, QSet<Passage>> passages;
    QHash<qint64, QSet<qint64>> documents;
    for (const Coding& c : m_state.project().codings(filter)) {
        passages[c.codeId.value].insert({c.documentId.value, {c.start, c.end}});
        documents[c.codeId.value].insert(c.documentId.value);
    }
    Tallies tallies;
    for (auto it = passages.cbegin(); it != passages.cend(); ++it) {
        tallies.codes.insert(it.key(),
                             Tally{int(it->size()), int(documents.value(it.key()).size())});
    }
    for (auto it = treeCodes.cbegin(); it != treeCodes.cend(); ++it) {
        QSet<Passage> themePassages;
        QSet<qint64> themeDocuments;
        for (qint64 code : it.value()) {
            themePassages.unite(passages.value(code));
            themeDocuments.unite(documents.value(code));
        }
        tallies.themes.insert(it.key(),
                              Tally{int(themePassages.size()), int(themeDocuments.size())});
    }
    return tallies;
}

void ThemeTreeModel::applyCounts(const Tallies& tallies)
{
    QList<TreeKey> changed;
    for (auto it = m_themes.cbegin(); it != m_themes.cend(); ++it) {
        if (tallies.themes.value(it.key()) != m_tallies.themes.value(it.key())) {
            changed << themeKey(it.key());
        }
    }
    for (auto it = m_links.cbegin(); it != m_links.cend(); ++it) {
        for (qint64 code : it.value()) {
            if (tallies.codes.value(code) != m_tallies.codes.value(code)) {
                changed << linkKey(code, it.key());
            }
        }
    }
    m_tallies = tallies;
    emitRowsChanged(changed, ExcerptsColumn, DocumentsColumn);
}

QModelIndex ThemeTreeModel::indexOfTheme(ThemeId id) const
{
    return indexOfKey(themeKey(id.value));
}

std::optional<ThemeId> ThemeTreeModel::themeAt(const QModelIndex& index) const
{
    const auto key = keyAt(index);
    if (!key || key->kind != ThemeItem) {
        return std::nullopt;
    }
    return ThemeId(key->id);
}

std::optional<CodeId> ThemeTreeModel::linkedCodeAt(const QModelIndex& index) const
{
    const auto key = keyAt(index);
    if (!key || key->kind != CodeItem) {
        return std::nullopt;
    }
    return CodeId(key->id);
}

QModelIndex ThemeTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    return treeIndex(row, column, parent);
}

QModelIndex ThemeTreeModel::parent(const QModelIndex& child) const
{
    return treeParent(child);
}

int ThemeTreeModel::rowCount(const QModelIndex& parent) const
{
    return treeRowCount(parent);
}

int ThemeTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QString ThemeTreeModel::tooltip(const TreeKey& key) const
{
    if (key.kind == CodeItem) {
        return richTooltip(m_codes.value(key.id).path,
                           {{tr("In theme:"), m_themes.value(key.owner).path}});
    }
    const ThemeRow row = m_themes.value(key.id);
    return richTooltip(row.path, {{tr("Central organising concept:"), row.fields.organisingConcept},
                                  {tr("Status:"), themeStatusName(row.fields.status)},
                                  {tr("Memo:"), row.fields.memo}});
}

QVariant ThemeTreeModel::data(const QModelIndex& index, int role) const
{
    const auto key = keyAt(index);
    if (!key) {
        return {};
    }
    const bool isTheme = key->kind == ThemeItem;
    const qint64 theme = isTheme ? key->id : key->owner;
    if (!m_themes.contains(theme) || (!isTheme && !m_codes.contains(key->id))) {
        return {};
    }
    const ThemeRow& row = *m_themes.constFind(theme);
    switch (role) {
    case ThemeIdRole:
        return theme;
    case CodeIdRole:
        return isTheme ? QVariant() : QVariant(key->id);
    case ItemKindRole:
        return key->kind;
    case StatusRole:
        return isTheme ? QVariant(int(row.fields.status)) : QVariant();
    case ConceptRole:
        return isTheme ? QVariant(row.fields.organisingConcept) : QVariant();
    case Qt::ToolTipRole:
        return tooltip(*key);
    default:
        break;
    }
    const Tally tally = isTheme ? m_tallies.themes.value(key->id) : m_tallies.codes.value(key->id);
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole) {
            return isTheme ? row.fields.name : m_codes.value(key->id).path;
        }
        if (role == Qt::DecorationRole) {
            const QColor color = isTheme ? row.color : m_codes.value(key->id).color;
            return color.isValid() ? QVariant(color) : QVariant();
        }
        return {};
    case StatusColumn:
        return isTheme && role == Qt::DisplayRole ? QVariant(themeStatusName(row.fields.status))
                                                  : QVariant();
    case ExcerptsColumn:
    case DocumentsColumn:
        if (role == Qt::DisplayRole) {
            return index.column() == ExcerptsColumn ? tally.excerpts : tally.documents;
        }
        if (role == Qt::TextAlignmentRole) {
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    default:
        return {};
    }
}

bool ThemeTreeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const auto theme = themeAt(index);
    if (!theme || role != Qt::EditRole || index.column() != NameColumn || !value.isValid()) {
        return false;
    }
    ThemeFields fields = m_themes.value(theme->value).fields;
    const QString name = value.toString().trimmed();
    if (name == fields.name) {
        return true;
    }
    fields.name = name;
    if (auto updated = m_state.project().updateTheme(*theme, fields); !updated) {
        emit errorOccurred(updated.error().message);
        return false;
    }
    return true;
}

QVariant ThemeTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Theme");
    case StatusColumn:
        return tr("Status");
    case ExcerptsColumn:
        return tr("Excerpts");
    case DocumentsColumn:
        return tr("Documents");
    default:
        return {};
    }
}

Qt::ItemFlags ThemeTreeModel::flags(const QModelIndex& index) const
{
    const auto key = keyAt(index);
    if (!key) {
        return Qt::ItemIsDropEnabled; // the empty area: themes become top-level themes
    }
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDropEnabled;
    if (key->kind == CodeItem) {
        return flags | Qt::ItemNeverHasChildren;
    }
    flags |= Qt::ItemIsDragEnabled;
    if (index.column() == NameColumn) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

Qt::DropActions ThemeTreeModel::supportedDropActions() const
{
    // Codes arrive from the code tree as a MoveAction; linking never removes them there.
    return Qt::MoveAction | Qt::CopyAction | Qt::LinkAction;
}

QStringList ThemeTreeModel::mimeTypes() const
{
    return {QLatin1String(kCodeIdsMime), QLatin1String(kThemeIdsMime)};
}

bool ThemeTreeModel::isWithin(ThemeId theme, ThemeId ancestor) const
{
    for (std::optional<TreeKey> key = themeKey(theme.value); key; key = parentKeyOf(*key)) {
        if (key->id == ancestor.value) {
            return true;
        }
    }
    return false;
}

QList<ThemeId> ThemeTreeModel::draggedThemes(const QList<ThemeId>& themes) const
{
    QList<ThemeId> known;
    for (ThemeId theme : themes) {
        if (m_themes.contains(theme.value) && !known.contains(theme)) {
            known << theme;
        }
    }
    QList<ThemeId> result;
    for (ThemeId theme : known) {
        const bool carried = std::any_of(known.cbegin(), known.cend(), [&](ThemeId other) {
            return other != theme && isWithin(theme, other);
        });
        if (!carried) {
            result << theme;
        }
    }
    std::sort(result.begin(), result.end(), [this](ThemeId a, ThemeId b) {
        return m_order.value(a.value) < m_order.value(b.value);
    });
    return result;
}

QMimeData* ThemeTreeModel::mimeData(const QModelIndexList& indexes) const
{
    QList<ThemeId> themes;
    for (const QModelIndex& index : indexes) {
        if (const auto theme = themeAt(index)) {
            themes << *theme;
        }
    }
    themes = draggedThemes(themes);
    return themes.isEmpty() ? nullptr : makeThemesMime(themes);
}

std::optional<ThemeId> ThemeTreeModel::dropTheme(const QModelIndex& index) const
{
    const auto key = keyAt(index);
    if (!key) {
        return std::nullopt;
    }
    return ThemeId(key->kind == ThemeItem ? key->id : key->owner);
}

bool ThemeTreeModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int,
                                     const QModelIndex& parent) const
{
    if (!data || action == Qt::IgnoreAction) {
        return false;
    }
    const auto target = dropTheme(parent);
    if (data->hasFormat(QLatin1String(kCodeIdsMime))) {
        const QList<CodeId> codes = codesFromMime(data);
        return target && !codes.isEmpty() &&
               std::all_of(codes.cbegin(), codes.cend(),
                           [this](CodeId code) { return m_codes.contains(code.value); });
    }
    if (data->hasFormat(QLatin1String(kThemeIdsMime))) {
        const QList<ThemeId> themes = themesFromMime(data);
        return !themes.isEmpty() && std::all_of(themes.cbegin(), themes.cend(), [&](ThemeId theme) {
            return m_themes.contains(theme.value) && !(target && isWithin(*target, theme));
        });
    }
    return false;
}

bool ThemeTreeModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                  const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent)) {
        return false;
    }
    const auto target = dropTheme(parent);
    if (data->hasFormat(QLatin1String(kCodeIdsMime))) {
        return linkCodes(codesFromMime(data), *target);
    }
    // On a row the themes nest under it, at the end; between rows they go exactly there.
    const bool onRow = target && row < 0;
    return moveThemes(draggedThemes(themesFromMime(data)), target, onRow ? -1 : row);
}

bool ThemeTreeModel::linkCodes(const QList<CodeId>& codes, ThemeId theme)
{
    for (CodeId code : codes) {
        if (m_links.value(theme.value).contains(code.value)) {
            continue;
        }
        if (auto linked = m_state.project().linkCodeToTheme(code, theme); !linked) {
            emit errorOccurred(linked.error().message);
            return false;
        }
    }
    return true;
}

bool ThemeTreeModel::moveThemes(const QList<ThemeId>& themes, std::optional<ThemeId> parent,
                                int row)
{
    const std::optional<TreeKey> parentKey =
        parent ? std::optional(themeKey(parent->value)) : std::nullopt;
    const auto subthemes = [&] {
        QList<TreeKey> keys = childKeys(parentKey);
        keys.removeIf([](const TreeKey& key) { return key.kind != ThemeItem; });
        return keys;
    };
    // Rows count the parent's linked codes too; positions in Project::moveTheme count only the
    // other subthemes. The themes land before the first undragged subtheme at or after `row`.
    const QList<TreeKey> rows = childKeys(parentKey);
    std::optional<TreeKey> anchor;
    for (qsizetype i = std::max(row, 0); row >= 0 && i < rows.size(); ++i) {
        if (rows[i].kind == ThemeItem && !themes.contains(ThemeId(rows[i].id))) {
            anchor = rows[i];
            break;
        }
    }
    for (ThemeId theme : themes) {
        QList<TreeKey> others = subthemes();
        const qsizetype self = others.indexOf(themeKey(theme.value));
        if (self >= 0) {
            others.removeAt(self);
        }
        const int position = anchor ? int(others.indexOf(*anchor)) : -1;
        // Already there: a drop on the parent or the empty area does not reorder.
        if (self >= 0 && (anchor ? self == position : (row < 0 || self == others.size()))) {
            continue;
        }
        if (auto moved = m_state.project().moveTheme(theme, parent, position); !moved) {
            emit errorOccurred(moved.error().message);
            return false;
        }
    }
    return true;
}

} // namespace tessera::ui
