#include "Cli.h"
#include "analysis/ReportBuilder.h"
#include "common/AtomicFile.h"
#include "project/Project.h"
#include "report/ReportWriters.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QSet>

namespace tessera::cli {
namespace {

const QString kExportThemes = QStringLiteral("export-themes");
const QString kExportCodebook = QStringLiteral("export-codebook");
const QString kFormats = QStringLiteral("md|html|csv|docx|odt|pdf");
const QString kThemesSynopsis =
    QStringLiteral("PROJECT --format %1 -o FILE [--themes \"A,B\"] [--max-quotes N] "
                   "[--coder NAME] [--no-memos] [--no-timestamps]")
        .arg(kFormats);
const QString kCodebookSynopsis = QStringLiteral("PROJECT --format %1 -o FILE").arg(kFormats);

std::optional<ReportFormat> requestedFormat(const CommandLine& line)
{
    return reportFormatFromName(line.value(QStringLiteral("format")));
}

// "--themes A,B": names or paths ("Parent/Child"), separated by commas.
Result<QList<ThemeId>> chosenThemes(const Project& project, const QString& list)
{
    QList<ThemeId> ids;
    for (const QString& item : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (item.trimmed().isEmpty()) {
            continue;
        }
        auto theme = project.findTheme(item.trimmed());
        if (!theme) {
            return theme.error();
        }
        if (!ids.contains(theme->id)) {
            ids << theme->id;
        }
    }
    if (ids.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("--themes names no theme. Give theme names or paths "
                                        "separated by commas, e.g. --themes \"Lifeline,Costs\"."));
    }
    return ids;
}

int exportThemes(const CommandLine& line, const Output& out)
{
    if (auto problem = missingFormatOrFile(line)) {
        return out.usage(*problem, kExportThemes + QLatin1Char(' ') + kThemesSynopsis);
    }
    ThemeReportOptions options;
    options.includeMemos = !line.has(QStringLiteral("no-memos"));
    options.includeTimestamps = !line.has(QStringLiteral("no-timestamps"));
    if (auto max = line.optional(QStringLiteral("max-quotes"))) {
        bool ok = false;
        options.maxQuotesPerTheme = max->toInt(&ok);
        if (!ok || options.maxQuotesPerTheme < -1) {
            return out.usage(QStringLiteral("--max-quotes needs a whole number (-1 for all)."),
                             kExportThemes + QLatin1Char(' ') + kThemesSynopsis);
        }
    }
    auto project = openProject(line.at(0));
    if (!project) {
        return out.fail(project.error());
    }
    if (auto coder = line.optional(QStringLiteral("coder"))) {
        auto found = (*project)->findCoder(*coder);
        if (!found) {
            return out.fail(found.error());
        }
        options.coder = found->id;
    }
    if (auto list = line.optional(QStringLiteral("themes"))) {
        auto themes = chosenThemes(**project, *list);
        if (!themes) {
            return out.fail(themes.error());
        }
        options.themes = *themes;
    }
    return writeReportFile(
        line, out, writeThemeSummary(buildThemeSummary(**project, options), *requestedFormat(line)),
        QStringLiteral("theme summary"), QStringLiteral("summary"));
}

int exportCodebook(const CommandLine& line, const Output& out)
{
    if (auto problem = missingFormatOrFile(line)) {
        return out.usage(*problem, kExportCodebook + QLatin1Char(' ') + kCodebookSynopsis);
    }
    auto project = openProject(line.at(0));
    if (!project) {
        return out.fail(project.error());
    }
    return writeReportFile(line, out,
                           writeCodebook(buildCodebook(**project), *requestedFormat(line)),
                           QStringLiteral("codebook"), QStringLiteral("codebook"));
}

} // namespace

std::optional<QString> missingFormatOrFile(const CommandLine& line)
{
    if (!requestedFormat(line) || !line.has(QStringLiteral("o"))) {
        return QStringLiteral("Give --format md, html, csv, docx, odt or pdf and -o FILE.");
    }
    return std::nullopt;
}

bool wantsReportFile(const CommandLine& line)
{
    return line.has(QStringLiteral("format")) || line.has(QStringLiteral("o"));
}

int writeReportFile(const CommandLine& line, const Output& out, const QByteArray& bytes,
                    const QString& what, const QString& stem)
{
    const QString path = line.value(QStringLiteral("o"));
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (bytes.isEmpty()) {
        return out.fail(makeError(
            ErrorCode::Io, QStringLiteral("Could not produce the %1 as %2; nothing was written.")
                               .arg(what, line.value(QStringLiteral("format")))));
    }
    // QSaveFile would only say "Filename refers to a directory".
    if (QFileInfo(path).isDir()) {
        const QString example = QDir(absolute).filePath(stem + QLatin1Char('.') +
                                                        reportFormatSuffix(*requestedFormat(line)));
        return out.fail(
            makeError(ErrorCode::Io,
                      QStringLiteral("Cannot write %1: it is a folder. Give a file name, e.g. %2.")
                          .arg(absolute, example)));
    }
    if (auto st = writeFileAtomically(path, bytes); !st) {
        return out.fail(st.error());
    }
    return out.print(QJsonObject{{QStringLiteral("file"), absolute},
                                 {QStringLiteral("bytes"), double(bytes.size())},
                                 {QStringLiteral("format"), line.value(QStringLiteral("format"))}},
                     QStringLiteral("Wrote the %1 to %2").arg(what, absolute));
}

bool exportNeedsGui(const QString& command, const CommandLine& line)
{
    if (command == QLatin1String("export-map")) {
        return true; // drawing labels needs fonts, i.e. a QGuiApplication
    }
    // The commands that write reports through writeReportFile.
    static const QSet<QString> reportCommands{
        kExportThemes, kExportCodebook, QStringLiteral("survey-summary"), QStringLiteral("matrix"),
        QStringLiteral("joint-display")};
    if (!reportCommands.contains(command)) {
        return false;
    }
    const auto format = requestedFormat(line);
    return format && reportFormatNeedsGui(*format);
}

QList<Command> exportCommands()
{
    return {
        {{kExportThemes,
          kThemesSynopsis,
          1,
          1,
          {QStringLiteral("format"), QStringLiteral("o"), QStringLiteral("themes"),
           QStringLiteral("max-quotes"), QStringLiteral("coder")},
          {QStringLiteral("no-memos"), QStringLiteral("no-timestamps")}},
         QStringLiteral(
             "Write the theme summary: concepts, codes, prevalence and attributed quotes."),
         &exportThemes},
        {{kExportCodebook,
          kCodebookSynopsis,
          1,
          1,
          {QStringLiteral("format"), QStringLiteral("o")},
          {}},
         QStringLiteral("Write the codebook: hierarchy, definitions, examples, counts and themes."),
         &exportCodebook},
    };
}

} // namespace tessera::cli
