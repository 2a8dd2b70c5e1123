#pragma once

#include "ReportModel.h"

#include <QList>
#include <QString>

namespace tessera {

// Wording every report format shares, as plain unescaped text. Each writer escapes these
// strings for its own syntax, so Markdown, HTML and CSV never drift apart in what they say.

// A labelled value such as "Documents" / "2 of 3".
struct ReportFact {
    QString label;
    QString value;
};

// The project title, or a placeholder so a heading is never empty.
QString reportTitleText(const QString& title);
// A theme's or code's name for a heading or label; never empty, so no heading or bold
// marker is left dangling ("## " or "****" would change a Markdown document's structure).
QString themeNameText(const QString& name);
QString codeNameText(const QString& name);
// "Theme summary · Generated 2024-01-01 09:00 UTC"; the time part is left out when unknown.
QString reportSubtitle(const QString& kind, const QDateTime& generatedAt);
// "Generated 2024-01-01 09:00 UTC"; empty when the time is unknown.
QString generatedText(const QDateTime& generatedAt);

// Documents, focus groups (only when the project has groups), participants, codings, coders.
QList<ReportFact> projectFacts(const ThemeSummaryReport& report);
// Documents, focus groups (only when totalGroups > 0), participants, excerpts.
QList<ReportFact> prevalenceFacts(const Prevalence& prevalence);
// "Documents: 2 of 3 · Focus groups: 2 of 3 · Participants: 7 of 15 · Excerpts: 12"
QString prevalenceSentence(const Prevalence& prevalence);

// "12 codings · 3 documents · 7 speakers"
QString codeCountsPhrase(int codings, int documents, int speakers);
// Description, inclusion, exclusion and example, leaving out the empty ones.
QList<ReportFact> codeDefinitionFacts(const QString& description, const QString& inclusion,
                                      const QString& exclusion, const QString& example);

// "Final" for the known statuses; anything else unchanged.
QString themeStatusLabel(const QString& status);

// Key quotes first, otherwise the model's (document) order, whatever order the caller used.
QList<ReportQuote> keyQuotesFirst(const QList<ReportQuote>& quotes);
// "[00:12:31]", or empty when the transcript had no timestamp for the turn.
QString quoteTimestampText(const ReportQuote& quote);
// "3 further quotes not shown."
QString omittedQuotesSentence(int omitted);
QString keyQuoteLabel();
QString noThemesSentence();
QString noCodesSentence();

// True for "#RRGGBB" only: colours reach style attributes, so nothing else may pass.
bool isValidHexColor(const QString& color);

} // namespace tessera
