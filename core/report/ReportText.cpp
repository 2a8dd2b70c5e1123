#include "ReportText.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

constexpr QStringView kSeparator = u" · ";

QString countOf(int count, int total)
{
    return u"%1 of %2"_s.arg(count).arg(total);
}

QString pluralized(int count, const QString& singular, const QString& plural)
{
    return QString::number(count) % u' ' % (count == 1 ? singular : plural);
}

} // namespace

QString reportTitleText(const QString& title)
{
    const QString trimmed = title.simplified();
    return trimmed.isEmpty() ? u"Untitled project"_s : trimmed;
}

QString themeNameText(const QString& name)
{
    const QString trimmed = name.simplified();
    return trimmed.isEmpty() ? u"Untitled theme"_s : trimmed;
}

QString codeNameText(const QString& name)
{
    const QString trimmed = name.simplified();
    return trimmed.isEmpty() ? u"Unnamed code"_s : trimmed;
}

QString reportSubtitle(const QString& kind, const QDateTime& generatedAt)
{
    if (!generatedAt.isValid()) {
        return kind;
    }
    return kind % kSeparator % generatedText(generatedAt);
}

QString generatedText(const QDateTime& generatedAt)
{
    if (!generatedAt.isValid()) {
        return {};
    }
    // A fixed format in UTC, independent of the machine's locale, so golden files repeat.
    return u"Generated "_s % generatedAt.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) % u" UTC"_s;
}

QList<ReportFact> projectFacts(const ThemeSummaryReport& report)
{
    QList<ReportFact> facts;
    facts.append({u"Documents"_s, QString::number(report.documentCount)});
    if (report.groupCount > 0) {
        facts.append({u"Focus groups"_s, QString::number(report.groupCount)});
    }
    facts.append({u"Participants"_s, QString::number(report.participantCount)});
    facts.append({u"Codings"_s, QString::number(report.codingCount)});
    QString coders = QString::number(report.coders.size());
    if (!report.coders.isEmpty()) {
        coders += u" ("_s % report.coders.join(u", "_s) % u')';
    }
    facts.append({u"Coders"_s, coders});
    return facts;
}

QList<ReportFact> prevalenceFacts(const Prevalence& prevalence)
{
    QList<ReportFact> facts;
    facts.append({u"Documents"_s, countOf(prevalence.documents, prevalence.totalDocuments)});
    // Interview studies have no groups; "0 of 0" focus groups would only confuse.
    if (prevalence.totalGroups > 0) {
        facts.append({u"Focus groups"_s, countOf(prevalence.groups, prevalence.totalGroups)});
    }
    facts.append(
        {u"Participants"_s, countOf(prevalence.participants, prevalence.totalParticipants)});
    facts.append({u"Excerpts"_s, QString::number(prevalence.excerpts)});
    return facts;
}

QString prevalenceSentence(const Prevalence& prevalence)
{
    QStringList parts;
    for (const ReportFact& fact : prevalenceFacts(prevalence)) {
        parts << fact.label % u": "_s % fact.value;
    }
    return parts.join(kSeparator);
}

QString codeCountsPhrase(int codings, int documents, int speakers)
{
    return pluralized(codings, u"coding"_s, u"codings"_s) % kSeparator %
           pluralized(documents, u"document"_s, u"documents"_s) % kSeparator %
           pluralized(speakers, u"speaker"_s, u"speakers"_s);
}

QList<ReportFact> codeDefinitionFacts(const QString& description, const QString& inclusion,
                                      const QString& exclusion, const QString& example)
{
    QList<ReportFact> facts;
    const auto addIfPresent = [&facts](const QString& label, const QString& text) {
        if (!text.trimmed().isEmpty()) {
            facts.append({label, text});
        }
    };
    addIfPresent(u"Description"_s, description);
    addIfPresent(u"Inclusion"_s, inclusion);
    addIfPresent(u"Exclusion"_s, exclusion);
    addIfPresent(u"Example"_s, example);
    return facts;
}

QString themeStatusLabel(const QString& status)
{
    if (status == u"candidate"_s) {
        return u"Candidate"_s;
    }
    if (status == u"reviewed"_s) {
        return u"Reviewed"_s;
    }
    if (status == u"final"_s) {
        return u"Final"_s;
    }
    return status;
}

QList<ReportQuote> keyQuotesFirst(const QList<ReportQuote>& quotes)
{
    QList<ReportQuote> ordered = quotes;
    std::stable_partition(ordered.begin(), ordered.end(),
                          [](const ReportQuote& quote) { return quote.keyQuote; });
    return ordered;
}

QString quoteTimestampText(const ReportQuote& quote)
{
    if (!quote.beginMs) {
        return {};
    }
    return u'[' % formatTimestamp(*quote.beginMs) % u']';
}

QString omittedQuotesSentence(int omitted)
{
    return omitted == 1 ? u"1 further quote not shown."_s
                        : u"%1 further quotes not shown."_s.arg(omitted);
}

QString keyQuoteLabel()
{
    return u"Key quote"_s;
}

QString noThemesSentence()
{
    return u"No themes yet."_s;
}

QString noCodesSentence()
{
    return u"No codes yet."_s;
}

bool isValidHexColor(const QString& color)
{
    if (color.size() != 7 || color.front() != u'#') {
        return false;
    }
    return std::all_of(color.cbegin() + 1, color.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    });
}

} // namespace tessera
