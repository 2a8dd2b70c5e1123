#include "MarkdownReportWriter.h"

#include "ReportEscaping.h"
#include "ReportText.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

constexpr int kDeepestHeading = 6;
constexpr QStringView kQuotePrefix = u"> ";
// Continuation indent for text inside "- " and "  - " list items.
constexpr QStringView kItemIndent = u"  ";
constexpr QStringView kNestedItemIndent = u"    ";

QString heading(int level, const QString& text)
{
    return QString(std::clamp(level, 1, kDeepestHeading), u'#') % u' ' % markdownInline(text) %
           u"\n\n"_s;
}

QString paragraph(const QString& markdown)
{
    return markdown % u"\n\n"_s;
}

// "**Label:** text" where the text may span several lines.
QString labelled(const QString& label, const QString& text, QStringView indent)
{
    return u"**"_s % label % u":** "_s % markdownBlock(text, indent);
}

QString factList(const QList<ReportFact>& facts)
{
    QString list;
    for (const ReportFact& fact : facts) {
        list += u"- "_s % fact.label % u": "_s % markdownInline(fact.value) % u'\n';
    }
    return list % u'\n';
}

QString codeItem(const ReportCode& code)
{
    QString item = u"- **"_s % markdownInline(codeNameText(code.name)) % u"**"_s;
    if (!code.path.isEmpty() && code.path != code.name) {
        item += u" ("_s % markdownInline(code.path) % u')';
    }
    item += u" · "_s % codeCountsPhrase(code.codings, code.documents, code.speakers) % u'\n';
    const QList<ReportFact> definitions =
        codeDefinitionFacts(code.description, code.inclusion, code.exclusion, code.example);
    for (const ReportFact& fact : definitions) {
        item += kItemIndent % u"- "_s % labelled(fact.label, fact.value, kNestedItemIndent) % u'\n';
    }
    return item;
}

QString quoteBlock(const ReportQuote& quote)
{
    QString block = kQuotePrefix.toString();
    if (quote.keyQuote) {
        block += u"**"_s % keyQuoteLabel() % u":** "_s;
    }
    block += markdownBlock(quote.text, kQuotePrefix) % u'\n';
    // A paragraph of its own, so renderers put the attribution on its own line.
    QStringList citation;
    if (const QString attribution = quoteAttribution(quote); !attribution.isEmpty()) {
        citation << markdownInline(attribution);
    }
    // Our own "[hh:mm:ss]" needs no escaping: user text can never define a link label.
    if (const QString timestamp = quoteTimestampText(quote); !timestamp.isEmpty()) {
        citation << timestamp;
    }
    if (!citation.isEmpty()) {
        block += u">\n"_s % kQuotePrefix % u"— "_s % citation.join(u' ') % u'\n';
    }
    if (!quote.memo.trimmed().isEmpty()) {
        block += u">\n"_s % kQuotePrefix % u"*Memo:* "_s % markdownBlock(quote.memo, kQuotePrefix) %
                 u'\n';
    }
    return block % u'\n';
}

QString themeSection(const ReportTheme& theme, int headingLevel)
{
    QString section = heading(headingLevel, themeNameText(theme.name));
    if (!theme.status.trimmed().isEmpty()) {
        section += paragraph(u"**Status:** "_s % markdownInline(themeStatusLabel(theme.status)));
    }
    if (!theme.organisingConcept.trimmed().isEmpty()) {
        section +=
            paragraph(labelled(u"Central organising concept"_s, theme.organisingConcept, {}));
    }
    if (!theme.memo.trimmed().isEmpty()) {
        section += paragraph(labelled(u"Memo"_s, theme.memo, {}));
    }
    section +=
        paragraph(u"**Prevalence:** "_s % markdownInline(prevalenceSentence(theme.prevalence)));

    if (!theme.codes.isEmpty()) {
        section += paragraph(u"**Codes**"_s);
        for (const ReportCode& code : theme.codes) {
            section += codeItem(code);
        }
        section += u'\n';
    }
    if (!theme.quotes.isEmpty() || theme.omittedQuotes > 0) {
        section += paragraph(u"**Quotes**"_s);
        for (const ReportQuote& quote : keyQuotesFirst(theme.quotes)) {
            section += quoteBlock(quote);
        }
        if (theme.omittedQuotes > 0) {
            section += paragraph(u'*' % omittedQuotesSentence(theme.omittedQuotes) % u'*');
        }
    }
    for (const ReportTheme& subtheme : theme.subthemes) {
        section += themeSection(subtheme, headingLevel + 1);
    }
    return section;
}

QString codebookEntry(const CodebookEntry& code)
{
    QString entry = heading(2 + std::max(code.depth, 0), codeNameText(code.name));
    if (!code.path.isEmpty()) {
        entry += u"- **Path:** "_s % markdownInline(code.path) % u'\n';
    }
    // A code span keeps "#" readable; a validated colour has nothing a span could break.
    if (isValidHexColor(code.color)) {
        entry += u"- **Colour:** `"_s % code.color % u"`\n"_s;
    }
    QList<ReportFact> facts;
    facts.append({u"Counts"_s, codeCountsPhrase(code.codings, code.documents, code.speakers)});
    if (!code.themes.isEmpty()) {
        facts.append({u"Themes"_s, code.themes.join(u"; "_s)});
    }
    facts.append(
        codeDefinitionFacts(code.description, code.inclusion, code.exclusion, code.example));
    if (!code.reviewStatus.isEmpty()) {
        facts.append({u"Review status"_s, code.reviewStatus});
    }
    for (const ReportFact& fact : facts) {
        entry += u"- "_s % labelled(fact.label, fact.value, kItemIndent) % u'\n';
    }
    if (!code.comments.isEmpty()) {
        entry += u"- **Comments:**\n"_s;
        for (const ReportComment& comment : code.comments) {
            entry += kItemIndent % u"- "_s;
            if (const QString by = commentAttribution(comment); !by.isEmpty()) {
                entry += u"*"_s % markdownInline(by) % u":* "_s;
            }
            entry += markdownBlock(comment.text, kNestedItemIndent) % u'\n';
        }
    }
    return entry % u'\n';
}

QByteArray finished(const QString& markdown)
{
    // Exactly one final newline, whatever the last section appended.
    QString text = markdown;
    while (text.endsWith(u'\n')) {
        text.chop(1);
    }
    return (text % u'\n').toUtf8();
}

} // namespace

QByteArray writeThemeSummaryMarkdown(const ThemeSummaryReport& report)
{
    QString markdown = heading(1, reportTitleText(report.title));
    markdown += paragraph(markdownInline(reportSubtitle(u"Theme summary"_s, report.generatedAt)));
    markdown += factList(projectFacts(report));
    if (report.themes.isEmpty()) {
        markdown += paragraph(noThemesSentence());
    }
    for (const ReportTheme& theme : report.themes) {
        markdown += themeSection(theme, 2);
    }
    return finished(markdown);
}

QByteArray writeCodebookMarkdown(const CodebookReport& report)
{
    QString markdown = heading(1, reportTitleText(report.title));
    markdown += paragraph(markdownInline(reportSubtitle(u"Codebook"_s, report.generatedAt)));
    if (report.codes.isEmpty()) {
        markdown += paragraph(noCodesSentence());
    }
    for (const CodebookEntry& code : report.codes) {
        markdown += codebookEntry(code);
    }
    return finished(markdown);
}

} // namespace tessera
