#include "CsvReportWriter.h"

#include "ReportEscaping.h"
#include "ReportText.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

// Theme summary columns, in file order.
namespace column {
enum : qsizetype {
    Record,
    ThemePath,
    ThemeStatus,
    ThemeConcept,
    ThemeMemo,
    Documents,
    TotalDocuments,
    Groups,
    TotalGroups,
    Participants,
    TotalParticipants,
    Excerpts,
    OmittedQuotes,
    CodePath,
    Codings,
    Speakers,
    Document,
    Group,
    Speaker,
    Timestamp,
    KeyQuote,
    Text,
    Coder,
    QuoteMemo,
    Count
};
} // namespace column

constexpr std::array<QStringView, column::Count> kThemeColumnNames = {u"record",
                                                                      u"theme_path",
                                                                      u"theme_status",
                                                                      u"theme_concept",
                                                                      u"theme_memo",
                                                                      u"documents",
                                                                      u"total_documents",
                                                                      u"groups",
                                                                      u"total_groups",
                                                                      u"participants",
                                                                      u"total_participants",
                                                                      u"excerpts",
                                                                      u"omitted_quotes",
                                                                      u"code_path",
                                                                      u"codings",
                                                                      u"speakers",
                                                                      u"document",
                                                                      u"group",
                                                                      u"speaker",
                                                                      u"timestamp",
                                                                      u"key_quote",
                                                                      u"text",
                                                                      u"coder",
                                                                      u"quote_memo"};

constexpr std::array<QStringView, 14> kCodebookColumnNames = {
    u"path",      u"name",      u"level",         u"color",   u"description",
    u"inclusion", u"exclusion", u"example",       u"codings", u"documents",
    u"speakers",  u"themes",    u"review_status", u"comments"};

// Nested themes are written as "Parent/Child", the same convention as code paths.
constexpr QStringView kPathSeparator = u"/";
constexpr QStringView kListSeparator = u"; ";

QByteArray withByteOrderMark(const QString& csv)
{
    QByteArray bytes = csv.toUtf8();
    bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

template <std::size_t N> QString headerRecord(const std::array<QStringView, N>& names)
{
    QStringList fields;
    for (const QStringView name : names) {
        fields << name.toString();
    }
    return csvRecord(fields);
}

QStringList emptyThemeRow(const QString& record, const QString& themePath, const QString& status)
{
    QStringList row(column::Count);
    row[column::Record] = record;
    row[column::ThemePath] = themePath;
    row[column::ThemeStatus] = status;
    return row;
}

QString themeRecord(const ReportTheme& theme, const QString& path)
{
    QStringList row = emptyThemeRow(u"theme"_s, path, theme.status);
    const Prevalence& prevalence = theme.prevalence;
    row[column::ThemeConcept] = normalizedLineBreaks(theme.organisingConcept);
    row[column::ThemeMemo] = normalizedLineBreaks(theme.memo);
    row[column::Documents] = QString::number(prevalence.documents);
    row[column::TotalDocuments] = QString::number(prevalence.totalDocuments);
    // Like the other formats: no group columns for a project without groups.
    if (prevalence.totalGroups > 0) {
        row[column::Groups] = QString::number(prevalence.groups);
        row[column::TotalGroups] = QString::number(prevalence.totalGroups);
    }
    row[column::Participants] = QString::number(prevalence.participants);
    row[column::TotalParticipants] = QString::number(prevalence.totalParticipants);
    row[column::Excerpts] = QString::number(prevalence.excerpts);
    row[column::OmittedQuotes] = QString::number(theme.omittedQuotes);
    return csvRecord(row);
}

QString codeRecord(const ReportCode& code, const QString& themePath, const QString& status)
{
    QStringList row = emptyThemeRow(u"code"_s, themePath, status);
    row[column::CodePath] = code.path.isEmpty() ? code.name : code.path;
    row[column::Codings] = QString::number(code.codings);
    row[column::Documents] = QString::number(code.documents);
    row[column::Speakers] = QString::number(code.speakers);
    return csvRecord(row);
}

QString quoteRecord(const ReportQuote& quote, const QString& themePath, const QString& status)
{
    QStringList row = emptyThemeRow(u"quote"_s, themePath, status);
    row[column::CodePath] = quote.codePath;
    row[column::Document] = quote.documentName;
    row[column::Group] = quote.group;
    row[column::Speaker] = quote.speaker;
    row[column::Timestamp] = quote.beginMs ? formatTimestamp(*quote.beginMs) : QString();
    row[column::KeyQuote] = quote.keyQuote ? u"yes"_s : u"no"_s;
    // Line breaks are kept (quoted), as the one convention every spreadsheet reads: LF.
    row[column::Text] = normalizedLineBreaks(quote.text);
    row[column::Coder] = quote.coder;
    row[column::QuoteMemo] = normalizedLineBreaks(quote.memo);
    return csvRecord(row);
}

QString themeRecords(const ReportTheme& theme, const QString& parentPath)
{
    const QString path =
        parentPath.isEmpty() ? theme.name : parentPath % kPathSeparator % theme.name;
    QString records = themeRecord(theme, path);
    for (const ReportCode& code : theme.codes) {
        records += codeRecord(code, path, theme.status);
    }
    for (const ReportQuote& quote : keyQuotesFirst(theme.quotes)) {
        records += quoteRecord(quote, path, theme.status);
    }
    for (const ReportTheme& subtheme : theme.subthemes) {
        records += themeRecords(subtheme, path);
    }
    return records;
}

// One comment per line, "Ana, 2024-03-05: text", oldest first.
QString codebookComments(const QList<ReportComment>& comments)
{
    QStringList lines;
    for (const ReportComment& comment : comments) {
        const QString by = commentAttribution(comment);
        const QString text = normalizedLineBreaks(comment.text).trimmed();
        lines << (by.isEmpty() ? text : by % u": "_s % text);
    }
    return lines.join(u'\n');
}

QString codebookRecord(const CodebookEntry& code)
{
    return csvRecord({
        code.path,
        code.name,
        QString::number(std::max(code.depth, 0) + 1),
        code.color,
        normalizedLineBreaks(code.description),
        normalizedLineBreaks(code.inclusion),
        normalizedLineBreaks(code.exclusion),
        normalizedLineBreaks(code.example),
        QString::number(code.codings),
        QString::number(code.documents),
        QString::number(code.speakers),
        code.themes.join(kListSeparator),
        code.reviewStatus,
        codebookComments(code.comments),
    });
}

} // namespace

QByteArray writeThemeSummaryCsv(const ThemeSummaryReport& report)
{
    QString csv = headerRecord(kThemeColumnNames);
    for (const ReportTheme& theme : report.themes) {
        csv += themeRecords(theme, {});
    }
    return withByteOrderMark(csv);
}

QByteArray writeCodebookCsv(const CodebookReport& report)
{
    QString csv = headerRecord(kCodebookColumnNames);
    for (const CodebookEntry& code : report.codes) {
        csv += codebookRecord(code);
    }
    return withByteOrderMark(csv);
}

} // namespace tessera
