#pragma once

#include "common/Result.h"
#include "model/Entities.h"
#include "report/ReportModel.h"

#include <QList>

#include <optional>

namespace tessera {

class Project;

struct ThemeReportOptions {
    // Only these themes, each with its subthemes; every top-level theme when empty. A chosen
    // subtheme whose ancestor is not chosen becomes a section of its own (in tree order); one
    // inside another chosen theme appears once, inside it.
    QList<ThemeId> themes;
    // Quotes per theme: every key quote, then further quotes up to this many in all
    // (-1 = no limit). The rest are counted in ReportTheme::omittedQuotes.
    int maxQuotesPerTheme = 6;
    bool includeMemos = true;
    // Turn timestamps ("[00:12:31]") after each quote's attribution. Off for transcripts whose
    // times would identify a recording, or when they only clutter the page.
    bool includeTimestamps = true;
    // Only one coder's codings; all coders' when unset (a passage coded by several coders or
    // under several of the theme's codes is quoted once).
    std::optional<CoderId> coder;
};

// Project -> report model. The writers in core/report turn the model into files.
ThemeSummaryReport buildThemeSummary(const Project& project,
                                     const ThemeReportOptions& options = {});
CodebookReport buildCodebook(const Project& project);

} // namespace tessera
