#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tessera {

// Plain data a report writer turns into a file. One model feeds every format so Markdown,
// HTML and CSV (and later DOCX/ODT/PDF) say the same thing. Built from a project by
// analysis/ReportBuilder; writers never see the database.

struct ReportQuote {
    QString text;                  // the coded excerpt, exactly as in the transcript
    QString documentName;          // "FG2 Family support team"
    QString group;                 // "Focus group 2"; empty when the document has no group
    QString speaker;               // pseudonym or speaker label ("P3"); empty when outside any turn
    std::optional<qint64> beginMs; // timestamp of the turn, when the transcript had one
    QString codePath;              // "Benefits/Keeping in touch"
    QString coder;
    QString memo;
    bool keyQuote = false;
    qsizetype start = 0; // UTF-16 positions in the document
    qsizetype end = 0;
};

// How widely something occurs. "documents" are transcripts; "groups" are document groups
// (focus groups); "participants" are distinct non-facilitator speakers.
struct Prevalence {
    int documents = 0;
    int totalDocuments = 0;
    int groups = 0;
    int totalGroups = 0;
    int participants = 0;
    int totalParticipants = 0;
    int excerpts = 0; // distinct coded passages
};

struct ReportCode {
    QString name;
    QString path;  // "Parent/Child"
    QString color; // "#RRGGBB"
    QString description;
    QString inclusion;
    QString exclusion;
    QString example;
    int codings = 0;
    int documents = 0;
    int speakers = 0;
};

struct ReportTheme {
    QString name;
    QString organisingConcept; // central organising concept ("concept" is a C++20 keyword)
    QString status;            // "candidate", "reviewed" or "final"
    QString color;
    QString memo;
    int depth = 0; // 0 = overarching theme, 1 = theme, 2 = subtheme ...
    QList<ReportCode> codes;
    Prevalence prevalence;     // over this theme's codes and all its subthemes' codes
    QList<ReportQuote> quotes; // key quotes first, then in document order
    int omittedQuotes = 0;     // quotes left out by the report's quote limit
    QList<ReportTheme> subthemes;
};

struct ThemeSummaryReport {
    QString title;         // project title
    QDateTime generatedAt; // UTC
    int documentCount = 0;
    int groupCount = 0;
    int participantCount = 0;
    int codingCount = 0;
    QStringList coders;
    QList<ReportTheme> themes; // top-level themes, subthemes nested
};

// A team member's comment on a code, from codebook review.
struct ReportComment {
    QString author;      // the coder's name; empty when unknown
    QDateTime createdAt; // UTC
    QString text;
};

struct CodebookEntry {
    QString name;
    QString path;
    int depth = 0;
    QString color;
    QString description;
    QString inclusion;
    QString exclusion;
    QString example;
    int codings = 0;
    int documents = 0;
    int speakers = 0;
    QStringList themes; // names of the themes the code is linked to
    // Codebook review: "proposed", "accepted" or "needs discussion"; empty = not reviewed.
    QString reviewStatus;
    QList<ReportComment> comments; // oldest first
};

struct CodebookReport {
    QString title;
    QDateTime generatedAt;
    QList<CodebookEntry> codes; // depth-first order: a parent before its children
};

// "(Focus group 2, P3)" — group (or document name when ungrouped) and speaker.
QString quoteAttribution(const ReportQuote& quote);
// "Ana, 2024-03-05" — who wrote a comment and on which (UTC) day; either part left out when
// unknown.
QString commentAttribution(const ReportComment& comment);
// "00:12:31" for a timestamp in milliseconds.
QString formatTimestamp(qint64 ms);

} // namespace tessera
