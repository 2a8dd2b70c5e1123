#include "ReportBuilder.h"

#include "Retrieval.h"
#include "common/Environment.h"
#include "project/Project.h"

#include <QSet>

#include <algorithm>
#include <numeric>

namespace tessera {
namespace {

// Prevalence is about participants' voices: facilitators' turns do not count as a participant,
// document or group "holding" a theme (unless the project counts facilitators), but their
// passages still count as excerpts.
Prevalence prevalenceOf(const QList<Excerpt>& excerpts,
                        const QHash<qint64, std::optional<qint64>>& links, const Prevalence& totals,
                        bool withFacilitators)
{
    Prevalence p = totals;
    QSet<qint64> documents;
    QSet<QString> groups;
    QSet<QString> people;
    QSet<std::pair<qint64, std::pair<qsizetype, qsizetype>>> passages;
    for (const Excerpt& e : excerpts) {
        passages.insert({e.coding.documentId.value, {e.coding.start, e.coding.end}});
        if (e.byFacilitator && !withFacilitators) {
            continue;
        }
        documents.insert(e.coding.documentId.value);
        if (!e.group.isEmpty()) {
            groups.insert(e.group);
        }
        const QString person = Retrieval::personKey(e, links);
        if (!person.isEmpty()) {
            people.insert(person);
        }
    }
    p.documents = int(documents.size());
    p.groups = int(groups.size());
    p.participants = int(people.size());
    p.excerpts = int(passages.size());
    return p;
}

ReportQuote quoteOf(const Excerpt& e, const ThemeReportOptions& options)
{
    ReportQuote q;
    q.text = e.text;
    q.documentName = e.documentName;
    q.group = e.group;
    q.speaker = e.speaker;
    q.beginMs = options.includeTimestamps ? e.beginMs : std::nullopt;
    q.codePath = e.codePath;
    q.coder = e.coderName;
    q.memo = options.includeMemos ? e.coding.memo : QString();
    q.keyQuote = e.coding.keyQuote;
    q.start = e.coding.start;
    q.end = e.coding.end;
    return q;
}

// Quotes a reader can take in: one per passage, key quotes first, then the rest in document
// order. Where two coders (or two of the theme's codes) marked overlapping passages, only one is
// quoted: a key quote wins, otherwise the longest passage.
QList<ReportQuote> quotesOf(const QList<Excerpt>& excerpts, const ThemeReportOptions& options)
{
    QList<ReportQuote> candidates;
    for (const Excerpt& e : excerpts) {
        candidates << quoteOf(e, options);
    }
    // Preference order: key quotes, then longer passages.
    QList<int> order(candidates.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const ReportQuote& qa = candidates[a];
        const ReportQuote& qb = candidates[b];
        if (qa.keyQuote != qb.keyQuote) {
            return qa.keyQuote;
        }
        return (qa.end - qa.start) > (qb.end - qb.start);
    });
    QList<int> chosen;
    for (int i : std::as_const(order)) {
        const ReportQuote& q = candidates[i];
        const bool overlaps = std::any_of(chosen.cbegin(), chosen.cend(), [&](int j) {
            const ReportQuote& other = candidates[j];
            return other.documentName == q.documentName && q.start < other.end &&
                   other.start < q.end;
        });
        if (!overlaps) {
            chosen << i;
        }
    }
    // Document order within key and non-key quotes (excerpts arrive in document order).
    std::sort(chosen.begin(), chosen.end(), [&](int a, int b) {
        if (candidates[a].keyQuote != candidates[b].keyQuote) {
            return candidates[a].keyQuote;
        }
        return a < b;
    });
    QList<ReportQuote> quotes;
    for (int i : std::as_const(chosen)) {
        quotes << candidates[i];
    }
    return quotes;
}

// ReportCode and CodebookEntry carry the same definition and count fields.
template <typename Target>
void describeCode(Target& target, const Code& code, const CodeCounts& counts)
{
    target.name = code.fields.name;
    target.path = code.path;
    target.color = code.fields.color;
    target.description = code.fields.description;
    target.inclusion = code.fields.inclusion;
    target.exclusion = code.fields.exclusion;
    target.example = code.fields.example;
    target.codings = counts.codings;
    target.documents = counts.documents;
    target.speakers = counts.speakers;
}

struct Builder {
    Builder(const Project& p, const ThemeReportOptions& o)
        : project(p), options(o), retrieval(p), links(retrieval.speakerParticipantLinks()),
          counts(p.codeCounts(o.coder)), themes(p.themes()),
          withFacilitators(p.countsFacilitators())
    {
    }

    const Project& project;
    const ThemeReportOptions& options;
    Retrieval retrieval;
    QHash<qint64, std::optional<qint64>> links;
    QHash<CodeId, CodeCounts> counts;
    QList<Theme> themes;
    bool withFacilitators = false;
    Prevalence totals;

    ReportCode reportCode(const Code& code) const
    {
        ReportCode rc;
        describeCode(rc, code, counts.value(code.id));
        return rc;
    }

    // Whether `theme` starts a section of its own: a top-level theme when no themes were
    // chosen, otherwise a chosen theme with no chosen ancestor (which would already hold it).
    bool isSectionRoot(const Theme& theme) const
    {
        if (options.themes.isEmpty()) {
            return !theme.parentId;
        }
        if (!options.themes.contains(theme.id)) {
            return false;
        }
        for (auto parent = theme.parentId; parent;) {
            if (options.themes.contains(*parent)) {
                return false;
            }
            const auto found = std::find_if(themes.cbegin(), themes.cend(),
                                            [&](const Theme& t) { return t.id == *parent; });
            parent = found == themes.cend() ? std::nullopt : found->parentId;
        }
        return true;
    }

    // Key quotes chosen for this theme on the theme board count as key quotes here, besides
    // passages flagged key on the coding itself. One chosen from a subtheme's code is quoted
    // under this theme as well, since that is where the researcher put it.
    void markThemeKeyQuotes(ThemeId themeId, QList<Excerpt>& excerpts) const
    {
        const QList<CodingId> chosen = project.themeKeyQuotes(themeId);
        if (chosen.isEmpty()) {
            return;
        }
        for (Excerpt& e : excerpts) {
            if (chosen.contains(e.coding.id)) {
                e.coding.keyQuote = true;
            }
        }
        for (Excerpt e : filtered(retrieval.excerptsForTheme(themeId, options.coder))) {
            const bool present =
                std::any_of(excerpts.cbegin(), excerpts.cend(),
                            [&](const Excerpt& x) { return x.coding.id == e.coding.id; });
            if (chosen.contains(e.coding.id) && !present) {
                e.coding.keyQuote = true;
                excerpts << e;
            }
        }
    }

    QList<Excerpt> filtered(QList<Excerpt> excerpts) const
    {
        if (options.coder) {
            excerpts.removeIf([&](const Excerpt& e) { return e.coding.coderId != *options.coder; });
        }
        return excerpts;
    }

    ReportTheme reportTheme(const Theme& theme) const
    {
        ReportTheme rt;
        rt.name = theme.fields.name;
        rt.organisingConcept = theme.fields.organisingConcept;
        rt.status = themeStatusName(theme.fields.status);
        rt.color = theme.fields.color;
        rt.memo = options.includeMemos ? theme.fields.memo : QString();
        rt.depth = theme.depth;
        QList<Excerpt> own;
        for (CodeId codeId : project.codesOfTheme(theme.id)) {
            if (auto code = project.code(codeId)) {
                rt.codes << reportCode(*code);
                own << filtered(retrieval.excerptsForCode(codeId, false, options.coder));
            }
        }
        markThemeKeyQuotes(theme.id, own);
        std::sort(own.begin(), own.end(), [](const Excerpt& a, const Excerpt& b) {
            return std::tie(a.coding.documentId, a.coding.start, a.coding.end, a.coding.id) <
                   std::tie(b.coding.documentId, b.coding.start, b.coding.end, b.coding.id);
        });
        QList<ReportQuote> quotes = quotesOf(own, options);
        const int keyCount = int(std::count_if(quotes.cbegin(), quotes.cend(),
                                               [](const ReportQuote& q) { return q.keyQuote; }));
        if (options.maxQuotesPerTheme >= 0) {
            const int keep = std::max(keyCount, options.maxQuotesPerTheme);
            if (quotes.size() > keep) {
                rt.omittedQuotes = int(quotes.size()) - keep;
                quotes.resize(keep);
            }
        }
        rt.quotes = quotes;
        rt.prevalence = prevalenceOf(filtered(retrieval.excerptsForTheme(theme.id, options.coder)),
                                     links, totals, withFacilitators);
        for (const Theme& child : themes) {
            if (child.parentId == theme.id) {
                rt.subthemes << reportTheme(child);
            }
        }
        return rt;
    }
};

} // namespace

ThemeSummaryReport buildThemeSummary(const Project& project, const ThemeReportOptions& options)
{
    Builder builder(project, options);
    ThemeSummaryReport report;
    report.title = project.title();
    report.generatedAt = Environment::now();
    const QList<Document> documents = project.documents();
    QSet<QString> groups;
    for (const Document& d : documents) {
        if (!d.groupName.isEmpty()) {
            groups.insert(d.groupName);
        }
    }
    QSet<QString> people;
    for (const Speaker& s : project.allSpeakers()) {
        if (s.role != SpeakerRole::Facilitator || builder.withFacilitators) {
            people.insert(s.participantId ? QStringLiteral("p%1").arg(s.participantId->value)
                                          : QStringLiteral("s%1").arg(s.id.value));
        }
    }
    builder.totals.totalDocuments = int(documents.size());
    builder.totals.totalGroups = int(groups.size());
    builder.totals.totalParticipants = int(people.size());
    report.documentCount = int(documents.size());
    report.groupCount = int(groups.size());
    report.participantCount = int(people.size());
    CodingFilter filter;
    filter.coderId = options.coder;
    report.codingCount = int(project.codings(filter).size());
    // Coders who contributed codings, not every name ever added to the project.
    QSet<qint64> coding;
    for (const Coding& c : project.codings(filter)) {
        coding.insert(c.coderId.value);
    }
    for (const Coder& c : project.coders()) {
        if (coding.contains(c.id.value)) {
            report.coders << c.name;
        }
    }
    for (const Theme& theme : std::as_const(builder.themes)) {
        if (builder.isSectionRoot(theme)) {
            report.themes << builder.reportTheme(theme);
        }
    }
    return report;
}

CodebookReport buildCodebook(const Project& project)
{
    Retrieval retrieval(project);
    const QHash<CodeId, CodeCounts> counts = retrieval.countsForAllCodes();
    QHash<qint64, QString> themePaths;
    for (const Theme& t : project.themes()) {
        themePaths.insert(t.id.value, t.path);
    }
    const QHash<CodeId, CodeReviewStatus> statuses = project.codeReviewStatuses();
    QHash<CodeId, QList<ReportComment>> comments;
    for (const CodeComment& c : project.allCodeComments()) {
        comments[c.codeId] << ReportComment{c.coderName, c.createdAt, c.text};
    }
    CodebookReport report;
    report.title = project.title();
    report.generatedAt = Environment::now();
    for (const Code& code : project.codes()) {
        CodebookEntry e;
        describeCode(e, code, counts.value(code.id));
        e.depth = code.depth;
        for (ThemeId t : project.themesOfCode(code.id)) {
            e.themes << themePaths.value(t.value);
        }
        if (const auto status = statuses.constFind(code.id); status != statuses.cend()) {
            e.reviewStatus = codeReviewStatusName(status.value());
        }
        e.comments = comments.value(code.id);
        report.codes << e;
    }
    return report;
}

} // namespace tessera
