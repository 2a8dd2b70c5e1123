#pragma once

#include "ReportModel.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

namespace tessera {

// The single entry point for callers (CLI, GUI): pick a format, get the file's bytes, and
// write them with writeFileAtomically (common/AtomicFile.h). Later formats (DOCX, ODT, PDF)
// join this enum.
enum class ReportFormat { Markdown, Html, Csv };

// "md" (or "markdown"), "html" (or "htm"), "csv", in any letter case; nullopt otherwise.
std::optional<ReportFormat> reportFormatFromName(QStringView name);
// The file name suffix without a dot: "md", "html", "csv".
QString reportFormatSuffix(ReportFormat format);

QByteArray writeThemeSummary(const ThemeSummaryReport& report, ReportFormat format);
QByteArray writeCodebook(const CodebookReport& report, ReportFormat format);

} // namespace tessera
