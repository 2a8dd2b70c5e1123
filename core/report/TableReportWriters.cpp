#include "TableReportWriters.h"

#include "HtmlReportStyle.h"
#include "ReportEscaping.h"
#include "ReportText.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

constexpr int kDeepestIndent = 8;
constexpr int kIndentCharsPerLevel = 2;
constexpr double kHtmlCellPaddingRem = 0.7;
constexpr double kHtmlIndentRemPerLevel = 1.2;

QString subjectText(const TableReport& report)
{
    const QString subject = report.subject.simplified();
    return subject.isEmpty() ? u"Tables"_s : subject;
}

qsizetype columnCount(const ReportTable& table)
{
    qsizetype columns = table.header.size();
    for (const QStringList& row : table.rows) {
        columns = std::max(columns, row.size());
    }
    return columns;
}

QStringList padded(const QStringList& row, qsizetype columns)
{
    QStringList cells = row;
    while (cells.size() < columns) {
        cells << QString();
    }
    return cells;
}

int depthOf(const ReportTable& table, qsizetype row)
{
    return std::clamp(table.rowDepths.value(row, 0), 0, kDeepestIndent);
}

// Counts line up on their last digit: a column whose filled cells are all plain numbers (or
// "–" for none) is right-aligned in the formats that can say so.
QList<bool> numericColumns(const ReportTable& table, qsizetype columns)
{
    static const QRegularExpression number(u"^(\\d+(\\.\\d+)?|–)$"_s);
    QList<bool> numeric(columns, false);
    for (qsizetype c = table.firstColumnIsHeader ? 1 : 0; c < columns; ++c) {
        bool any = false;
        bool all = true;
        for (const QStringList& row : table.rows) {
            const QString cell = row.value(c).trimmed();
            if (cell.isEmpty()) {
                continue;
            }
            any = true;
            all = all && number.match(cell).hasMatch();
        }
        numeric[c] = any && all;
    }
    return numeric;
}

// --- Markdown ---------------------------------------------------------------------------------

// A pipe-table cell holds inline content only, so only inline syntax needs escaping: the space
// in front keeps escapeMarkdownLine from treating the cell as the start of a line ("52.9" is no
// list item and "-1" no bullet in a cell).
QString markdownCell(const QString& text)
{
    return escapeMarkdownLine(QString(u' ' % text.simplified())).mid(1);
}

QString markdownRow(const QStringList& cells)
{
    return u"| "_s % cells.join(u" | "_s) % u" |\n"_s;
}

QString markdownTable(const ReportTable& table)
{
    QString markdown;
    if (!table.caption.trimmed().isEmpty()) {
        markdown += u"**"_s % markdownInline(table.caption) % u"**\n\n"_s;
    }
    const qsizetype columns = columnCount(table);
    if (columns > 0) {
        QStringList header;
        for (const QString& name : padded(table.header, columns)) {
            header << markdownCell(name);
        }
        QStringList delimiters;
        for (const bool numeric : numericColumns(table, columns)) {
            delimiters << (numeric ? u"---:"_s : u"---"_s);
        }
        markdown += markdownRow(header) % markdownRow(delimiters);
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            QStringList cells;
            for (const QString& cell : padded(table.rows[r], columns)) {
                // '|' is escaped and line breaks are made spaces: one row per line.
                cells << markdownCell(cell);
            }
            cells[0] = tableRowIndent(depthOf(table, r)) % cells[0];
            markdown += markdownRow(cells);
        }
        markdown += u'\n';
    }
    if (!table.note.trimmed().isEmpty()) {
        markdown += u'*' % markdownInline(table.note) % u"*\n\n"_s;
    }
    return markdown;
}

// --- HTML -------------------------------------------------------------------------------------

// What the shared report style sheet lacks for data tables; same colours and borders as its
// prevalence tables.
QString tableStyleSheet()
{
    return uR"css(.table-scroll { overflow-x: auto; margin: 1.2rem 0 0.3rem; }
table.data { border-collapse: collapse; }
table.data caption { text-align: left; font-weight: bold; padding-bottom: 0.3rem; }
table.data th, table.data td { border: 1px solid #bdbdbd; padding: 0.25rem 0.7rem; text-align: left; vertical-align: top; }
table.data thead th { background: #f2f2f2; }
table.data tbody th { font-weight: normal; }
table.data td { font-variant-numeric: tabular-nums; }
table.data .num { text-align: right; }
p.note { margin: 0.3rem 0 1.5rem; font-size: 0.9rem; color: #444; }
@media print {
  .table-scroll { overflow: visible; }
  table.data thead th { background: none; }
  table.data thead { display: table-header-group; }
}
)css"_s;
}

QString htmlCell(QStringView tag, const QString& attributes, const QString& text)
{
    return u'<' % tag % attributes % u'>' % htmlInline(text) % u"</"_s % tag % u'>';
}

QString htmlTable(const ReportTable& table)
{
    const qsizetype columns = columnCount(table);
    QString html;
    if (columns > 0) {
        const QList<bool> numeric = numericColumns(table, columns);
        html += u"<div class=\"table-scroll\">\n<table class=\"data\">\n"_s;
        if (!table.caption.trimmed().isEmpty()) {
            html += u"<caption>"_s % htmlInline(table.caption) % u"</caption>\n"_s;
        }
        html += u"<thead><tr>"_s;
        for (const QString& name : padded(table.header, columns)) {
            // An empty corner cell is no header of anything.
            html += name.trimmed().isEmpty() ? u"<td></td>"_s
                                             : htmlCell(u"th", u" scope=\"col\""_s, name);
        }
        html += u"</tr></thead>\n<tbody>\n"_s;
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            const QStringList cells = padded(table.rows[r], columns);
            html += u"<tr>"_s;
            for (qsizetype c = 0; c < columns; ++c) {
                QString attributes;
                if (c == 0 && depthOf(table, r) > 0) {
                    const double indent =
                        kHtmlCellPaddingRem + kHtmlIndentRemPerLevel * depthOf(table, r);
                    attributes +=
                        u" style=\"padding-left: "_s % QString::number(indent) % u"rem\""_s;
                }
                if (c == 0 && table.firstColumnIsHeader) {
                    html += htmlCell(u"th", u" scope=\"row\""_s % attributes, cells[c]);
                } else {
                    html +=
                        htmlCell(u"td", (numeric[c] ? u" class=\"num\""_s : QString()) % attributes,
                                 cells[c]);
                }
            }
            html += u"</tr>\n"_s;
        }
        html += u"</tbody>\n</table>\n</div>\n"_s;
    } else if (!table.caption.trimmed().isEmpty()) {
        html += u"<p class=\"label\">"_s % htmlInline(table.caption) % u"</p>\n"_s;
    }
    if (!table.note.trimmed().isEmpty()) {
        html += u"<p class=\"note\">"_s % htmlText(table.note) % u"</p>\n"_s;
    }
    return html;
}

// --- CSV --------------------------------------------------------------------------------------

QString csvTable(const ReportTable& table)
{
    const qsizetype columns = columnCount(table);
    QString csv = csvRecord({normalizedLineBreaks(table.caption)});
    if (columns > 0) {
        csv += csvRecord(padded(table.header, columns));
        for (const QStringList& row : table.rows) {
            QStringList cells;
            for (const QString& cell : padded(row, columns)) {
                cells << normalizedLineBreaks(cell);
            }
            csv += csvRecord(cells);
        }
    }
    return csv;
}

} // namespace

QString tableRowIndent(int depth)
{
    return QString(std::clamp(depth, 0, kDeepestIndent) * kIndentCharsPerLevel, QChar(0x2003));
}

QByteArray writeTableReportMarkdown(const TableReport& report)
{
    QString markdown = u"# "_s % markdownInline(reportTitleText(report.title)) % u"\n\n"_s;
    markdown += markdownInline(reportSubtitle(subjectText(report), report.generatedAt)) % u"\n\n"_s;
    for (const QString& paragraph : report.intro) {
        if (!paragraph.trimmed().isEmpty()) {
            markdown += markdownBlock(paragraph, {}) % u"\n\n"_s;
        }
    }
    for (const ReportTable& table : report.tables) {
        markdown += markdownTable(table);
    }
    while (markdown.endsWith(u'\n')) {
        markdown.chop(1);
    }
    return (markdown % u'\n').toUtf8();
}

QByteArray writeTableReportHtml(const TableReport& report)
{
    const QString title = reportTitleText(report.title);
    const QString subject = subjectText(report);
    QString html =
        u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"_s
        u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"_s
        u"<meta name=\"generator\" content=\"Tessera\">\n<title>"_s %
        htmlInline(title % u" · "_s % subject) % u"</title>\n<style>\n"_s % htmlReportStyleSheet() %
        tableStyleSheet() % u"</style>\n</head>\n<body>\n<header>\n<h1>"_s % htmlInline(title) %
        u"</h1>\n<p class=\"subtitle\">"_s %
        htmlInline(reportSubtitle(subject, report.generatedAt)) % u"</p>\n</header>\n<main>\n"_s;
    for (const QString& paragraph : report.intro) {
        if (!paragraph.trimmed().isEmpty()) {
            html += u"<p>"_s % htmlText(paragraph.trimmed()) % u"</p>\n"_s;
        }
    }
    for (const ReportTable& table : report.tables) {
        html += htmlTable(table);
    }
    return (html % u"</main>\n</body>\n</html>\n"_s).toUtf8();
}

QByteArray writeTableReportCsv(const TableReport& report)
{
    QStringList blocks;
    for (const ReportTable& table : report.tables) {
        blocks << csvTable(table);
    }
    QByteArray bytes = blocks.join(u"\r\n"_s).toUtf8();
    bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

} // namespace tessera
