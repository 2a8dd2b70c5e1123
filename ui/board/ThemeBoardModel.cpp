#include "ThemeBoardModel.h"

#include "ThemeStatusText.h"
#include "common/MimeTypes.h"
#include "models/ModelSupport.h"
#include "project/Project.h"
#include "workbench/UiText.h"

#include <QSet>

namespace tessera::ui {
namespace {

// A coded passage: two coders (or two codes) marking the same words make one excerpt, as in
// the Themes pane and the theme summary.
struct Passage {
    qint64 document = 0;
    qsizetype start = 0;
    qsizetype end = 0;
    friend bool operator==(const Passage&, const Passage&) = default;
};

size_t qHash(const Passage& passage, size_t seed = 0) noexcept
{
    return qHashMulti(seed, passage.document, passage.start, passage.end);
}

} // namespace

bool ThemeBoardModel::Card::operator==(const Card& other) const
{
    return fields.name == other.fields.name &&
           fields.organisingConcept == other.fields.organisingConcept &&
           fields.status == other.fields.status && fields.color == other.fields.color &&
           fields.memo == other.fields.memo && path == other.path &&
           parentName == other.parentName && depth == other.depth && codes == other.codes &&
           codeNames == other.codeNames && codePaths == other.codePaths &&
           codeColors == other.codeColors && excerpts == other.excerpts &&
           documents == other.documents && subthemes == other.subthemes;
}

ThemeBoardModel::ThemeBoardModel(WorkbenchState& state, QObject* parent)
    : KeyedListModel(parent), m_state(state)
{
    connect(&state.project(), &Project::changed, this, [this](ProjectChanges what) {
        if (what & (ProjectChange::Themes | ProjectChange::Codes | ProjectChange::Codings)) {
            reload();
        }
    });
    connect(&state, &WorkbenchState::codingVisibilityChanged, this, &ThemeBoardModel::reload);
    reload();
}

void ThemeBoardModel::reload()
{
    const Project& project = m_state.project();
    QHash<qint64, Code> codes;
    for (const Code& code : project.codes()) {
        codes.insert(code.id.value, code);
    }
    QHash<qint64, QSet<Passage>> passagesOfCode;
    CodingFilter filter;
    filter.coderId = m_state.visibleCoder();
    for (const Coding& coding : project.codings(filter)) {
        passagesOfCode[coding.codeId.value].insert(
            Passage{coding.documentId.value, coding.start, coding.end});
    }

    const QList<Theme> themes = project.themes();
    QHash<qint64, Card> cards;
    QList<qint64> order;
    QHash<qint64, QString> names;
    for (const Theme& theme : themes) {
        names.insert(theme.id.value, theme.fields.name);
    }
    QHash<qint64, QSet<Passage>> treePassages;
    for (const Theme& theme : themes) {
        Card card;
        card.fields = theme.fields;
        card.path = theme.path;
        card.depth = theme.depth;
        if (theme.parentId) {
            card.parentName = names.value(theme.parentId->value);
        }
        for (const CodeId id : project.codesOfTheme(theme.id)) {
            const auto code = codes.constFind(id.value);
            if (code == codes.cend()) {
                continue;
            }
            card.codes << id.value;
            card.codeNames << code->fields.name;
            card.codePaths << code->path;
            card.codeColors << code->fields.color;
            treePassages[theme.id.value].unite(passagesOfCode.value(id.value));
        }
        cards.insert(theme.id.value, card);
        order << theme.id.value;
    }
    // themes() is depth first, so walking it backwards folds each subtheme into its parent
    // before the parent itself is folded further up.
    for (auto it = themes.crbegin(); it != themes.crend(); ++it) {
        if (it->parentId) {
            treePassages[it->parentId->value].unite(treePassages.value(it->id.value));
            ++cards[it->parentId->value].subthemes;
        }
    }
    for (auto it = cards.begin(); it != cards.end(); ++it) {
        const QSet<Passage>& passages = treePassages.value(it.key());
        QSet<qint64> documents;
        for (const Passage& passage : passages) {
            documents.insert(passage.document);
        }
        it->excerpts = int(passages.size());
        it->documents = int(documents.size());
    }

    const QHash<qint64, Card> previous = m_cards;
    // Rows that are about to go must still answer while they are removed.
    for (auto it = cards.cbegin(); it != cards.cend(); ++it) {
        m_cards.insert(it.key(), it.value());
    }
    setKeys(order);
    m_cards = cards;
    for (int row = 0; row < order.size(); ++row) {
        const auto before = previous.constFind(order[row]);
        if (before != previous.cend() && !(*before == cards.value(order[row]))) {
            rowChanged(row);
        }
    }
}

std::optional<ThemeId> ThemeBoardModel::themeAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this) {
        return std::nullopt;
    }
    return ThemeId(keyAt(index.row()));
}

QModelIndex ThemeBoardModel::indexOfTheme(ThemeId id) const
{
    const int row = rowOfKey(id.value);
    return row < 0 ? QModelIndex() : index(row, 0);
}

QList<CodeId> ThemeBoardModel::codesOf(ThemeId id) const
{
    QList<CodeId> codes;
    for (qint64 code : m_cards.value(id.value).codes) {
        codes << CodeId(code);
    }
    return codes;
}

int ThemeBoardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 1;
}

QVariant ThemeBoardModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto it = m_cards.constFind(keyAt(index.row()));
    if (it == m_cards.cend()) {
        return {};
    }
    const Card& card = *it;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return card.fields.name;
    case Qt::DecorationRole:
        return colorFromText(card.fields.color);
    case Qt::ToolTipRole:
        return toolTip(card);
    case Qt::AccessibleTextRole:
        return accessibleText(card);
    case Qt::AccessibleDescriptionRole:
    case ConceptRole:
        return card.fields.organisingConcept;
    case ThemeIdRole:
        return keyAt(index.row());
    case StatusRole:
        return int(card.fields.status);
    case ParentNameRole:
        return card.parentName;
    case CodeNamesRole:
        return card.codeNames;
    case CodePathsRole:
        return card.codePaths;
    case CodeColorsRole:
        return card.codeColors;
    case ExcerptsRole:
        return card.excerpts;
    case DocumentsRole:
        return card.documents;
    case SubthemesRole:
        return card.subthemes;
    case DepthRole:
        return card.depth;
    default:
        return {};
    }
}

Qt::ItemFlags ThemeBoardModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

Qt::DropActions ThemeBoardModel::supportedDragActions() const
{
    // A card dropped elsewhere changes the theme, never removes the row: Copy keeps the view
    // from deleting what it dragged.
    return Qt::CopyAction;
}

QStringList ThemeBoardModel::mimeTypes() const
{
    return {QLatin1String(kThemeIdsMime)};
}

QMimeData* ThemeBoardModel::mimeData(const QModelIndexList& indexes) const
{
    QList<ThemeId> themes;
    for (const QModelIndex& index : indexes) {
        if (const auto id = themeAt(index); id && !themes.contains(*id)) {
            themes << *id;
        }
    }
    return themes.isEmpty() ? nullptr : makeThemesMime(themes);
}

QString ThemeBoardModel::accessibleText(const Card& card) const
{
    QStringList parts{card.fields.name, themeStatusWord(card.fields.status)};
    if (!card.parentName.isEmpty()) {
        parts << tr("in %1").arg(card.parentName);
    }
    parts << (card.codeNames.isEmpty()
                  ? tr("no codes")
                  : countOf(card.codeNames.size(), tr("%1 code"), tr("%1 codes")) +
                        QStringLiteral(": ") + card.codeNames.join(QStringLiteral(", ")));
    parts << countOf(card.excerpts, tr("%1 excerpt"), tr("%1 excerpts"));
    return parts.join(QStringLiteral(". "));
}

QString ThemeBoardModel::toolTip(const Card& card) const
{
    return richTooltip(card.path,
                       {{tr("Status"), themeStatusWord(card.fields.status)},
                        {tr("Central organising concept"), card.fields.organisingConcept},
                        {tr("Codes"), card.codePaths.join(QLatin1Char('\n'))},
                        {tr("Memo"), card.fields.memo}});
}

} // namespace tessera::ui
