#include "Cli.h"
#include "analysis/ReportBuilder.h"
#include "common/AtomicFile.h"
#include "project/Project.h"
#include "report/ReportWriters.h"

#include <QFileInfo>
#include <QJsonObject>

namespace tessera::cli {
namespace {

std::optional<ReportFormat> requireFormat(const CommandLine& line)
{
    return reportFormatFromName(line.value(QStringLiteral("format")));
}

int writeReport(const CommandLine& line, const Output& out, const QByteArray& bytes,
                const QString& what)
{
    const QString path = line.value(QStringLiteral("o"));
    if (auto st = writeFileAtomically(path, bytes); !st) {
        return out.fail(st.error());
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    return out.print(QJsonObject{{QStringLiteral("file"), absolute},
                                 {QStringLiteral("bytes"), double(bytes.size())},
                                 {QStringLiteral("format"), line.value(QStringLiteral("format"))}},
                     QStringLiteral("Wrote the %1 to %2").arg(what, absolute));
}

int exportThemes(const CommandLine& line, const Output& out)
{
    const QString synopsis = QStringLiteral("export-themes PROJECT --format md|html|csv -o FILE "
                                            "[--max-quotes N] [--coder NAME] [--no-memos]");
    const auto format = requireFormat(line);
    if (!format || !line.has(QStringLiteral("o"))) {
        return out.usage(QStringLiteral("Give --format md, html or csv and -o FILE."), synopsis);
    }
    ThemeReportOptions options;
    options.includeMemos = !line.has(QStringLiteral("no-memos"));
    if (auto max = line.optional(QStringLiteral("max-quotes"))) {
        bool ok = false;
        options.maxQuotesPerTheme = max->toInt(&ok);
        if (!ok || options.maxQuotesPerTheme < -1) {
            return out.usage(QStringLiteral("--max-quotes needs a whole number (-1 for all)."),
                             synopsis);
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
    return writeReport(line, out, writeThemeSummary(buildThemeSummary(**project, options), *format),
                       QStringLiteral("theme summary"));
}

int exportCodebook(const CommandLine& line, const Output& out)
{
    const auto format = requireFormat(line);
    if (!format || !line.has(QStringLiteral("o"))) {
        return out.usage(QStringLiteral("Give --format md, html or csv and -o FILE."),
                         QStringLiteral("export-codebook PROJECT --format md|html|csv -o FILE"));
    }
    auto project = openProject(line.at(0));
    if (!project) {
        return out.fail(project.error());
    }
    return writeReport(line, out, writeCodebook(buildCodebook(**project), *format),
                       QStringLiteral("codebook"));
}

} // namespace

QList<Command> exportCommands()
{
    return {
        {{QStringLiteral("export-themes"),
          QStringLiteral(
              "PROJECT --format md|html|csv -o FILE [--max-quotes N] [--coder NAME] [--no-memos]"),
          1,
          1,
          {QStringLiteral("format"), QStringLiteral("o"), QStringLiteral("max-quotes"),
           QStringLiteral("coder")},
          {QStringLiteral("no-memos")}},
         QStringLiteral(
             "Write the theme summary: concepts, codes, prevalence and attributed quotes."),
         &exportThemes},
        {{QStringLiteral("export-codebook"),
          QStringLiteral("PROJECT --format md|html|csv -o FILE"),
          1,
          1,
          {QStringLiteral("format"), QStringLiteral("o")},
          {}},
         QStringLiteral("Write the codebook: hierarchy, definitions, examples, counts and themes."),
         &exportCodebook},
    };
}

} // namespace tessera::cli
