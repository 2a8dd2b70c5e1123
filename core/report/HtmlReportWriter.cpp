#include "HtmlReportWriter.h"

#include "HtmlReportStyle.h"
#include "ReportEscaping.h"
#include "ReportText.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

constexpr int kDeepestHeading = 6;
constexpr double kCodebookIndentRemPerLevel = 1.5;

// A label (plain text, escaped when written) and a value that is already HTML.
struct HtmlFact {
    QString label;
    QString html;
};

QString element(QStringView tag, const QString& html)
{
    return u'<' % tag % u'>' % html % u"</"_s % tag % u'>';
}

QString heading(int level, const QString& text)
{
    const QString tag = u'h' % QString::number(std::clamp(level, 1, kDeepestHeading));
    return element(tag, htmlInline(text)) % u'\n';
}

// Only a validated "#RRGGBB" is ever written into CSS.
QString colorStyle(QStringView property, const QString& color)
{
    if (!isValidHexColor(color)) {
        return {};
    }
    return property % u": "_s % color;
}

QString styleAttribute(const QStringList& declarations)
{
    QStringList present;
    for (const QString& declaration : declarations) {
        if (!declaration.isEmpty()) {
            present << declaration;
        }
    }
    if (present.isEmpty()) {
        return {};
    }
    return u" style=\""_s % present.join(u"; "_s).toHtmlEscaped() % u'"';
}

QString swatch(const QString& color)
{
    if (!isValidHexColor(color)) {
        return {};
    }
    return u"<span class=\"swatch\" aria-hidden=\"true\""_s %
           styleAttribute({colorStyle(u"background-color", color)}) % u"></span>"_s;
}

QString documentStart(const QString& title, const QString& kind)
{
    const QString displayTitle = reportTitleText(title);
    return u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"_s
           u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"_s
           u"<meta name=\"generator\" content=\"Tessera\">\n<title>"_s %
           htmlInline(displayTitle % u" · "_s % kind) % u"</title>\n<style>\n"_s %
           htmlReportStyleSheet() % u"</style>\n</head>\n<body>\n"_s;
}

QString documentEnd()
{
    return u"</body>\n</html>\n"_s;
}

QString reportHeader(const QString& title, const QString& kind, const QDateTime& generatedAt,
                     const QString& factsHtml)
{
    return u"<header>\n"_s % heading(1, reportTitleText(title)) % u"<p class=\"subtitle\">"_s %
           htmlInline(reportSubtitle(kind, generatedAt)) % u"</p>\n"_s % factsHtml %
           u"</header>\n"_s;
}

QString factList(QStringView cssClass, const QList<HtmlFact>& facts)
{
    if (facts.isEmpty()) {
        return {};
    }
    QString list = u"<dl class=\""_s % cssClass % u"\">\n"_s;
    for (const HtmlFact& fact : facts) {
        list += element(u"dt", htmlInline(fact.label)) % element(u"dd", fact.html) % u'\n';
    }
    return list % u"</dl>\n"_s;
}

QString statusBadge(const QString& status)
{
    // Class names come from a fixed set, never from the model.
    QString cssClass = u"status"_s;
    if (status == u"candidate"_s || status == u"reviewed"_s || status == u"final"_s) {
        cssClass += u" status-"_s % status;
    }
    return u"<span class=\""_s % cssClass % u"\">"_s % htmlInline(themeStatusLabel(status)) %
           u"</span>"_s;
}

QString prevalenceTable(const Prevalence& prevalence)
{
    QString headerCells;
    QString valueCells;
    for (const ReportFact& fact : prevalenceFacts(prevalence)) {
        headerCells += u"<th scope=\"col\">"_s % htmlInline(fact.label) % u"</th>"_s;
        valueCells += element(u"td", htmlInline(fact.value));
    }
    return u"<table class=\"prevalence\">\n<caption>Prevalence</caption>\n<thead><tr>"_s %
           headerCells % u"</tr></thead>\n<tbody><tr>"_s % valueCells %
           u"</tr></tbody>\n</table>\n"_s;
}

QString definitionList(const QList<ReportFact>& definitions)
{
    QList<HtmlFact> rows;
    for (const ReportFact& fact : definitions) {
        rows.append({fact.label, htmlText(fact.value)});
    }
    return factList(u"definitions", rows);
}

QString codeItem(const ReportCode& code)
{
    QString item = u"<li><p class=\"code-name\">"_s % swatch(code.color) %
                   element(u"strong", htmlInline(codeNameText(code.name)));
    if (!code.path.isEmpty() && code.path != code.name) {
        item += u" <span class=\"path\">("_s % htmlInline(code.path) % u")</span>"_s;
    }
    item += u" <span class=\"counts\">· "_s %
            htmlInline(codeCountsPhrase(code.codings, code.documents, code.speakers)) %
            u"</span></p>\n"_s;
    item += definitionList(
        codeDefinitionFacts(code.description, code.inclusion, code.exclusion, code.example));
    return item % u"</li>\n"_s;
}

QString quoteFigure(const ReportQuote& quote)
{
    QString figure = quote.keyQuote
                         ? u"<figure class=\"quote key-quote\">\n<p class=\"key-label\">"_s %
                               htmlInline(keyQuoteLabel()) % u"</p>\n"_s
                         : u"<figure class=\"quote\">\n"_s;
    figure += u"<blockquote><p>"_s % htmlText(quote.text) % u"</p></blockquote>\n"_s;

    QString caption;
    const QString attribution = quoteAttribution(quote);
    const QString timestamp = quoteTimestampText(quote);
    if (!attribution.isEmpty() || !timestamp.isEmpty()) {
        caption += u"— "_s % htmlInline(attribution);
        if (!timestamp.isEmpty()) {
            caption += (attribution.isEmpty() ? QString() : u" "_s) %
                       u"<span class=\"timestamp\">"_s % htmlInline(timestamp) % u"</span>"_s;
        }
    }
    if (!quote.memo.trimmed().isEmpty()) {
        caption += (caption.isEmpty() ? QString() : u" "_s) %
                   u"<span class=\"quote-memo\">Memo: "_s % htmlText(quote.memo) % u"</span>"_s;
    }
    if (!caption.isEmpty()) {
        figure += element(u"figcaption", caption) % u'\n';
    }
    return figure % u"</figure>\n"_s;
}

QString themeSection(const ReportTheme& theme, int headingLevel)
{
    QString section = u"<section class=\"theme\""_s %
                      styleAttribute({colorStyle(u"border-left-color", theme.color)}) % u">\n"_s %
                      heading(headingLevel, themeNameText(theme.name));

    QList<HtmlFact> facts;
    if (!theme.status.trimmed().isEmpty()) {
        facts.append({u"Status"_s, statusBadge(theme.status)});
    }
    if (!theme.organisingConcept.trimmed().isEmpty()) {
        facts.append({u"Central organising concept"_s, htmlText(theme.organisingConcept)});
    }
    if (!theme.memo.trimmed().isEmpty()) {
        facts.append({u"Memo"_s, htmlText(theme.memo)});
    }
    section += factList(u"facts", facts) % prevalenceTable(theme.prevalence);

    if (!theme.codes.isEmpty()) {
        section += u"<p class=\"label\">Codes</p>\n<ul class=\"codes\">\n"_s;
        for (const ReportCode& code : theme.codes) {
            section += codeItem(code);
        }
        section += u"</ul>\n"_s;
    }
    if (!theme.quotes.isEmpty() || theme.omittedQuotes > 0) {
        section += u"<p class=\"label\">Quotes</p>\n"_s;
        for (const ReportQuote& quote : keyQuotesFirst(theme.quotes)) {
            section += quoteFigure(quote);
        }
        if (theme.omittedQuotes > 0) {
            section += u"<p class=\"omitted\">"_s %
                       htmlInline(omittedQuotesSentence(theme.omittedQuotes)) % u"</p>\n"_s;
        }
    }
    for (const ReportTheme& subtheme : theme.subthemes) {
        section += themeSection(subtheme, headingLevel + 1);
    }
    return section % u"</section>\n"_s;
}

QString codebookSection(const CodebookEntry& code)
{
    const int depth = std::max(code.depth, 0);
    QString indent;
    if (depth > 0) {
        indent =
            u"margin-left: "_s % QString::number(depth * kCodebookIndentRemPerLevel) % u"rem"_s;
    }
    QString section = u"<section class=\"code\""_s %
                      styleAttribute({indent, colorStyle(u"border-left-color", code.color)}) %
                      u">\n"_s % heading(2 + depth, codeNameText(code.name));

    QList<HtmlFact> facts;
    if (!code.path.isEmpty()) {
        facts.append({u"Path"_s, htmlInline(code.path)});
    }
    if (isValidHexColor(code.color)) {
        facts.append({u"Colour"_s, swatch(code.color) % code.color});
    }
    facts.append(
        {u"Counts"_s, htmlInline(codeCountsPhrase(code.codings, code.documents, code.speakers))});
    if (!code.themes.isEmpty()) {
        facts.append({u"Themes"_s, htmlInline(code.themes.join(u"; "_s))});
    }
    for (const ReportFact& fact :
         codeDefinitionFacts(code.description, code.inclusion, code.exclusion, code.example)) {
        facts.append({fact.label, htmlText(fact.value)});
    }
    if (!code.reviewStatus.isEmpty()) {
        facts.append({u"Review status"_s, htmlInline(code.reviewStatus)});
    }
    if (!code.comments.isEmpty()) {
        QString comments = u"<ul class=\"comments\">\n"_s;
        for (const ReportComment& comment : code.comments) {
            comments += u"<li>"_s;
            if (const QString by = commentAttribution(comment); !by.isEmpty()) {
                comments += u"<span class=\"comment-by\">"_s % htmlInline(by) % u":</span> "_s;
            }
            comments += htmlText(comment.text) % u"</li>\n"_s;
        }
        facts.append({u"Comments"_s, comments % u"</ul>"_s});
    }
    return section % factList(u"facts", facts) % u"</section>\n"_s;
}

QString emptyNote(const QString& sentence)
{
    return u"<p class=\"empty\">"_s % htmlInline(sentence) % u"</p>\n"_s;
}

} // namespace

QByteArray writeThemeSummaryHtml(const ThemeSummaryReport& report)
{
    const QString kind = u"Theme summary"_s;
    QList<HtmlFact> facts;
    for (const ReportFact& fact : projectFacts(report)) {
        facts.append({fact.label, htmlInline(fact.value)});
    }
    QString html = documentStart(report.title, kind) %
                   reportHeader(report.title, kind, report.generatedAt,
                                factList(u"facts project-facts", facts)) %
                   u"<main>\n"_s;
    if (report.themes.isEmpty()) {
        html += emptyNote(noThemesSentence());
    }
    for (const ReportTheme& theme : report.themes) {
        html += themeSection(theme, 2);
    }
    return (html % u"</main>\n"_s % documentEnd()).toUtf8();
}

QByteArray writeCodebookHtml(const CodebookReport& report)
{
    const QString kind = u"Codebook"_s;
    QString html = documentStart(report.title, kind) %
                   reportHeader(report.title, kind, report.generatedAt, {}) % u"<main>\n"_s;
    if (report.codes.isEmpty()) {
        html += emptyNote(noCodesSentence());
    }
    for (const CodebookEntry& code : report.codes) {
        html += codebookSection(code);
    }
    return (html % u"</main>\n"_s % documentEnd()).toUtf8();
}

} // namespace tessera
