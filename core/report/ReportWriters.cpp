#include "ReportWriters.h"

#include "CsvReportWriter.h"
#include "HtmlReportWriter.h"
#include "MarkdownReportWriter.h"

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
    }
    return {};
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
    }
    return {};
}

} // namespace tessera
