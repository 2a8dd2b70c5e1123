#include "PrintHtml.h"

#include "ReportEscaping.h"
#include "ReportText.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

// Lengths in px are 1/96 inch: QTextDocument scales them to the PDF's resolution.
QString styleSheet()
{
    return uR"css(
body { font-family: "Liberation Serif", "DejaVu Serif", serif; font-size: 10.5pt; color: #1b1b1b; }
h1, h2, h3, h4, h5, h6, p.title, p.subtitle {
  font-family: "Liberation Sans", "DejaVu Sans", sans-serif; color: #1f3a5f;
}
h1 { font-size: 17pt; font-weight: normal; margin-top: 26px; margin-bottom: 8px; }
h2 { font-size: 14.5pt; font-weight: normal; margin-top: 22px; margin-bottom: 8px; }
h3 { font-size: 12.5pt; margin-top: 18px; margin-bottom: 6px; }
h4, h5, h6 { font-size: 11pt; margin-top: 14px; margin-bottom: 6px; }
h5, h6 { font-style: italic; }
p { margin-top: 0px; margin-bottom: 6px; }
p.title { font-size: 26pt; margin-top: 76px; margin-bottom: 10px; }
p.subtitle { font-size: 15pt; color: #555555; margin-bottom: 30px; }
p.label { font-weight: bold; color: #444444; margin-top: 14px; margin-bottom: 4px; }
p.item { margin-top: 8px; margin-bottom: 2px; }
p.definition { margin-left: 24px; margin-bottom: 2px; font-size: 9.5pt; }
p.quote {
  margin-left: 30px; margin-right: 30px; margin-top: 12px; margin-bottom: 0px;
  font-style: italic; color: #262626; background-color: #f1f1f1;
}
p.attribution { margin-left: 30px; margin-right: 30px; margin-bottom: 4px; font-size: 9.5pt; color: #555555; }
p.note { margin-top: 8px; font-style: italic; color: #555555; }
table { border-collapse: collapse; margin-top: 4px; margin-bottom: 12px; }
td, th { border: 1px solid #bfbfbf; padding: 3px 6px; font-size: 9.5pt; text-align: left; vertical-align: top; }
th { background-color: #f2f2f2; font-weight: bold; }
td.rowlabel { font-weight: bold; }
)css"_s;
}

// Unlike htmlText, keeps the spaces at either end: runs are joined into one paragraph.
QString runText(const QString& text)
{
    QString escaped = normalizedLineBreaks(text).toHtmlEscaped();
    escaped.replace(u"\n"_s, u"<br>"_s);
    return escaped;
}

QString runsHtml(const TextRuns& runs)
{
    QString html;
    for (const TextRun& run : runs) {
        QString text = runText(run.text);
        if (run.bold) {
            text = u"<b>"_s % text % u"</b>"_s;
        }
        if (run.italic) {
            text = u"<i>"_s % text % u"</i>"_s;
        }
        if (isValidHexColor(run.color)) {
            text = u"<span style=\"color: "_s % run.color % u"\">"_s % text % u"</span>"_s;
        }
        html += text;
    }
    return html;
}

QString paragraphClass(BlockStyle style)
{
    switch (style) {
    case BlockStyle::Title:
        return u"title"_s;
    case BlockStyle::Subtitle:
        return u"subtitle"_s;
    case BlockStyle::Label:
        return u"label"_s;
    case BlockStyle::Item:
        return u"item"_s;
    case BlockStyle::Definition:
        return u"definition"_s;
    case BlockStyle::Quote:
        return u"quote"_s;
    case BlockStyle::Attribution:
        return u"attribution"_s;
    case BlockStyle::Note:
        return u"note"_s;
    case BlockStyle::Body:
    case BlockStyle::Heading:
    case BlockStyle::Table:
        break;
    }
    return {};
}

QString tableHtml(const DocumentTable& table)
{
    int total = 0;
    for (const int percent : table.columnPercents) {
        total += percent;
    }
    QString html = u"<table width=\""_s % QString::number(std::clamp(total, 10, 100)) %
                   u"%\" cellspacing=\"0\" cellpadding=\"4\">\n"_s;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const bool headerRow = table.headerRow && r == 0;
        html += headerRow ? u"<thead><tr>"_s : u"<tr>"_s;
        for (qsizetype c = 0; c < table.rows[r].size(); ++c) {
            QString attributes;
            if (r == 0 && c < table.columnPercents.size() && total > 0) {
                attributes += u" width=\""_s %
                              QString::number(table.columnPercents[c] * 100 / total) % u"%\""_s;
            }
            if (!headerRow && table.headerColumn && c == 0) {
                attributes += u" class=\"rowlabel\""_s;
            }
            const QString tag = headerRow ? u"th"_s : u"td"_s;
            html +=
                u'<' % tag % attributes % u'>' % runsHtml(table.rows[r][c]) % u"</"_s % tag % u'>';
        }
        html += headerRow ? u"</tr></thead>\n"_s : u"</tr>\n"_s;
    }
    return html % u"</table>\n"_s;
}

QString blockHtml(const DocumentBlock& block)
{
    if (block.style == BlockStyle::Table) {
        return tableHtml(block.table);
    }
    const QString breakStyle =
        block.pageBreakBefore ? u" style=\"page-break-before: always\""_s : QString();
    if (block.style == BlockStyle::Heading) {
        const QString tag =
            u'h' % QString::number(std::clamp(block.level, 1, kDeepestDocumentHeading));
        return u'<' % tag % breakStyle % u'>' % runsHtml(block.runs) % u"</"_s % tag % u">\n"_s;
    }
    const QString cssClass = paragraphClass(block.style);
    const QString classAttribute =
        cssClass.isEmpty() ? QString() : u" class=\""_s % cssClass % u'"';
    return u"<p"_s % classAttribute % breakStyle % u'>' % runsHtml(block.runs) % u"</p>\n"_s;
}

} // namespace

QString printHtml(const ReportDocument& document)
{
    QString html = u"<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>"_s %
                   htmlInline(document.title) % u"</title>\n<style>"_s % styleSheet() %
                   u"</style>\n</head>\n<body>\n"_s;
    for (const DocumentBlock& block : document.blocks) {
        html += blockHtml(block);
    }
    return html % u"</body>\n</html>\n"_s;
}

} // namespace tessera
