#include "ReportWriters.h"

#include "CsvReportWriter.h"
#include "DocxReportWriter.h"
#include "HtmlReportWriter.h"
#include "MarkdownReportWriter.h"
#include "OdtReportWriter.h"
#include "PdfReportWriter.h"
#include "TableReportDocument.h"
#include "TableReportWriters.h"

using namespace Qt::StringLiterals;

namespace tessera {

std::optional<ReportFormat> reportFormatFromName(QStringView name)
{
    const QString lower = name.trimmed().toString().toLower();
    if (lower == u"md"_s || lower == u"markdown"_s) {
        return ReportFormat::Markdown;
    }
    if (lower == u"html"_s || lower == u"htm"_s) {
        return ReportFormat::Html;
    }
    if (lower == u"csv"_s) {
        return ReportFormat::Csv;
    }
    if (lower == u"docx"_s) {
        return ReportFormat::Docx;
    }
    if (lower == u"odt"_s) {
        return ReportFormat::Odt;
    }
    if (lower == u"pdf"_s) {
        return ReportFormat::Pdf;
    }
    return std::nullopt;
}

QString reportFormatSuffix(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Markdown:
        return u"md"_s;
    case ReportFormat::Html:
        return u"html"_s;
    case ReportFormat::Csv:
        return u"csv"_s;
    case ReportFormat::Docx:
        return u"docx"_s;
    case ReportFormat::Odt:
        return u"odt"_s;
    case ReportFormat::Pdf:
        return u"pdf"_s;
    }
    return {};
}

bool reportFormatNeedsGui(ReportFormat format)
{
    return format == ReportFormat::Pdf;
}

QByteArray writeThemeSummary(const ThemeSummaryReport& report, ReportFormat format)
{
    switch (format) {
    case ReportFormat::Markdown:
        return writeThemeSummaryMarkdown(report);
    case ReportFormat::Html:
        return writeThemeSummaryHtml(report);
    case ReportFormat::Csv:
        return writeThemeSummaryCsv(report);
    case ReportFormat::Docx:
        return writeThemeSummaryDocx(report);
    case ReportFormat::Odt:
        return writeThemeSummaryOdt(report);
    case ReportFormat::Pdf:
        return writeThemeSummaryPdf(report);
    }
    return {};
}

QByteArray writeCodebook(const CodebookReport& report, ReportFormat format)
{
    switch (format) {
    case ReportFormat::Markdown:
        return writeCodebookMarkdown(report);
    case ReportFormat::Html:
        return writeCodebookHtml(report);
    case ReportFormat::Csv:
        return writeCodebookCsv(report);
    case ReportFormat::Docx:
        return writeCodebookDocx(report);
    case ReportFormat::Odt:
        return writeCodebookOdt(report);
    case ReportFormat::Pdf:
        return writeCodebookPdf(report);
    }
    return {};
}

QByteArray writeTableReport(const TableReport& report, ReportFormat format)
{
    switch (format) {
    case ReportFormat::Markdown:
        return writeTableReportMarkdown(report);
    case ReportFormat::Html:
        return writeTableReportHtml(report);
    case ReportFormat::Csv:
        return writeTableReportCsv(report);
    case ReportFormat::Docx:
        return writeDocx(tableReportDocument(report));
    case ReportFormat::Odt:
        return writeOdt(tableReportDocument(report));
    case ReportFormat::Pdf:
        return writePdf(tableReportDocument(report));
    }
    return {};
}

} // namespace tessera
