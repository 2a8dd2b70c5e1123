#pragma once

#include "ReportModel.h"
#include "TableReport.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

namespace tessera {

// The single entry point for callers (CLI, GUI): pick a format, get the file's bytes, and
// write them with writeFileAtomically (common/AtomicFile.h). The Markdown, HTML and CSV writers
// say everything in their own syntax; DOCX, ODT and PDF lay out one shared paged document
// (ReportDocument), so the three word-processor formats match each other exactly.
enum class ReportFormat { Markdown, Html, Csv, Docx, Odt, Pdf };

// "md" (or "markdown"), "html" (or "htm"), "csv", "docx", "odt", "pdf", in any letter case;
// nullopt otherwise.
std::optional<ReportFormat> reportFormatFromName(QStringView name);
// The file name suffix without a dot: "md", "html", "csv", "docx", "odt", "pdf".
QString reportFormatSuffix(ReportFormat format);
// PDF lays out text, which needs a QGuiApplication (PdfReportWriter.h); the others need only
// QtCore.
bool reportFormatNeedsGui(ReportFormat format);

// Empty bytes mean the format could not be produced: PDF without a QGuiApplication, or a zip
// package when memory ran out. Every other result is a complete file.
QByteArray writeThemeSummary(const ThemeSummaryReport& report, ReportFormat format);
QByteArray writeCodebook(const CodebookReport& report, ReportFormat format);
// Tables in every format: CSV writes each table as a block (caption line, header, rows) with a
// blank line between tables, RFC 4180 quoting, UTF-8 with BOM (Excel reads accents right).
QByteArray writeTableReport(const TableReport& report, ReportFormat format);

} // namespace tessera
