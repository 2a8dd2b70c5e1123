#include "ThemeQuotesModel.h"

#include "analysis/Retrieval.h"
#include "common/CodingOperations.h"
#include "project/Project.h"

#include <map>
#include <tuple>

namespace tessera::ui {
namespace {

// Long passages are cut in the list (the tooltip and the transcript show them whole), so one
// long answer does not push every other quote off screen.
constexpr int kShownCharacters = 280;

QString shortened(const QString& text)
{
    const QString flat = text.simplified();
    if (flat.size() <= kShownCharacters) {
        return flat;
    }
    qsizetype cut = flat.lastIndexOf(QLatin1Char(' '), kShownCharacters);
    if (cut < kShownCharacters / 2) {
        cut = kShownCharacters;
    }
    return flat.left(cut) + QStringLiteral("…");
}

void addOnce(QStringList& list, const QString& value)
{
    if (!value.isEmpty() && !list.contains(value)) {
        list << value;
    }
}

} // namespace

ThemeQuotesModel::ThemeQuotesModel(WorkbenchState& state, QObject* parent)
    : KeyedListModel(parent), m_state(state)
{
    connect(&state.project(), &Project::changed, this, [this](ProjectChanges what) {
        if (what & (ProjectChange::Themes | ProjectChange::Codes | ProjectChange::Codings |
                    ProjectChange::Documents | ProjectChange::Speakers | ProjectChange::Coders)) {
            reload(false);
        }
    });
    connect(&state, &WorkbenchState::codingVisibilityChanged, this, [this] { reload(false); });
}

void ThemeQuotesModel::setTheme(std::optional<ThemeId> theme)
{
    if (theme == m_theme) {
        return;
    }
    m_theme = theme;
    // Another theme's quotes share nothing with these: one reset instead of a long diff.
    reload(true);
}

int ThemeQuotesModel::keyQuoteCount() const
{
    return int(std::count_if(m_quotes.cbegin(), m_quotes.cend(),
                             [](const Quote& quote) { return quote.key || quote.keyOnCoding; }));
}

void ThemeQuotesModel::reload(bool replaceAll)
{
    const Project& project = m_state.project();
    if (m_theme && !project.theme(*m_theme)) {
        m_theme.reset();
    }
    QHash<qint64, Quote> quotes;
    QList<qint64> order;
    if (m_theme) {
        QSet<qint64> keyCodings;
        for (const CodingId id : project.themeKeyQuotes(*m_theme)) {
            keyCodings.insert(id.value);
        }
        const Retrieval retrieval(project);
        // Excerpts come in document order; the first coding of a passage names its row.
        std::map<std::tuple<qint64, qsizetype, qsizetype>, qint64> rowOfPassage;
        for (const Excerpt& excerpt :
             retrieval.excerptsForTheme(*m_theme, m_state.visibleCoder())) {
            const Coding& coding = excerpt.coding;
            const auto passage = std::make_tuple(coding.documentId.value, coding.start, coding.end);
            auto found = rowOfPassage.find(passage);
            if (found == rowOfPassage.end()) {
                found = rowOfPassage.emplace(passage, coding.id.value).first;
                Quote quote;
                quote.range = TextRange{coding.documentId, coding.start, coding.end};
                quote.text = excerpt.text;
                quote.citation = citation(shortened(excerpt.text), excerpt.group,
                                          excerpt.documentName, excerpt.speaker);
                quote.fullCitation =
                    citation(excerpt.text, excerpt.group, excerpt.documentName, excerpt.speaker);
                quotes.insert(coding.id.value, quote);
                order << coding.id.value;
            }
            Quote& quote = quotes[found->second];
            addOnce(quote.codes, excerpt.codePath);
            addOnce(quote.coders, excerpt.coderName);
            quote.codings << coding.id.value;
            quote.key = quote.key || keyCodings.contains(coding.id.value);
            quote.keyOnCoding = quote.keyOnCoding || coding.keyQuote;
        }
    }
    if (replaceAll) {
        resetKeys(order, [&] { m_quotes = quotes; });
        emit contentsChanged();
        return;
    }
    const QHash<qint64, Quote> previous = m_quotes;
    for (auto it = quotes.cbegin(); it != quotes.cend(); ++it) {
        m_quotes.insert(it.key(), it.value());
    }
    setKeys(order);
    m_quotes = quotes;
    for (int row = 0; row < order.size(); ++row) {
        const auto before = previous.constFind(order[row]);
        if (before != previous.cend() && !(*before == quotes.value(order[row]))) {
            rowChanged(row);
        }
    }
    emit contentsChanged();
}

TextRange ThemeQuotesModel::rangeAt(const QModelIndex& index) const
{
    return index.isValid() ? m_quotes.value(keyAt(index.row())).range : TextRange{};
}

int ThemeQuotesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 1;
}

QVariant ThemeQuotesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const qint64 key = keyAt(index.row());
    const auto it = m_quotes.constFind(key);
    if (it == m_quotes.cend()) {
        return {};
    }
    const Quote& quote = *it;
    switch (role) {
    case Qt::DisplayRole: {
        QString details = quote.codes.join(QStringLiteral(", ")) + QStringLiteral(" · ") +
                          quote.coders.join(QStringLiteral(", "));
        if (quote.keyOnCoding && !quote.key) {
            details += QStringLiteral(" · ") + tr("key quote on the coding");
        }
        return QString(quote.citation + QLatin1Char('\n') + details);
    }
    case Qt::ToolTipRole:
        return quote.keyOnCoding && !quote.key
                   ? QString(quote.fullCitation + QStringLiteral("\n\n") +
                             tr("Flagged as a key quote on the coding itself, so it is a key "
                                "quote for every theme. Tick it to mark it for this theme too."))
                   : quote.fullCitation;
    case Qt::CheckStateRole:
        if (quote.key) {
            return Qt::Checked;
        }
        return quote.keyOnCoding ? Qt::PartiallyChecked : Qt::Unchecked;
    case CodingIdRole:
        return key;
    default:
        return {};
    }
}

bool ThemeQuotesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || !m_theme ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const Quote quote = m_quotes.value(keyAt(index.row()));
    const bool wanted = value.value<Qt::CheckState>() == Qt::Checked;
    if (wanted == quote.key) {
        return true;
    }
    Project& project = m_state.project();
    // The project's change signal refreshes the row; nothing is changed here directly.
    if (wanted) {
        if (auto st =
                project.setThemeKeyQuote(*m_theme, CodingId(quote.codings.constFirst()), true);
            !st) {
            emit errorOccurred(st.error().message);
            return false;
        }
        return true;
    }
    // Unticking clears every mark on the passage (usually one), or it would stay key.
    const QList<CodingId> marked = project.themeKeyQuotes(*m_theme);
    for (const qint64 coding : quote.codings) {
        if (!marked.contains(CodingId(coding))) {
            continue;
        }
        if (auto st = project.setThemeKeyQuote(*m_theme, CodingId(coding), false); !st) {
            emit errorOccurred(st.error().message);
            return false;
        }
    }
    return true;
}

Qt::ItemFlags ThemeQuotesModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

} // namespace tessera::ui
