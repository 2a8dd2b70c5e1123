#include "ExternalTools.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace tessera::test {

QString findTool(const QStringList& names)
{
    for (const QString& name : names) {
        if (const QString path = QStandardPaths::findExecutable(name); !path.isEmpty()) {
            return path;
        }
    }
    return {};
}

ToolRun runTool(const QString& program, const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    ToolRun run;
    if (!process.waitForStarted() || !process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = process.errorString();
        return run;
    }
    run.finished = process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

std::optional<QString> pdfText(const QString& pdfPath)
{
    const QString pdftotext = findTool({u"pdftotext"_s});
    if (pdftotext.isEmpty()) {
        return std::nullopt;
    }
    const ToolRun run = runTool(pdftotext, {u"-enc"_s, u"UTF-8"_s, pdfPath, u"-"_s});
    if (!run.finished || run.exitCode != 0) {
        return std::nullopt;
    }
    return QString::fromUtf8(run.out);
}

std::optional<int> pdfPageCount(const QString& pdfPath)
{
    const QString pdfinfo = findTool({u"pdfinfo"_s});
    if (pdfinfo.isEmpty()) {
        return std::nullopt;
    }
    const ToolRun run = runTool(pdfinfo, {pdfPath});
    if (!run.finished || run.exitCode != 0) {
        return std::nullopt;
    }
    static const QRegularExpression pages(u"^Pages:\\s+(\\d+)"_s,
                                          QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = pages.match(QString::fromUtf8(run.out));
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    return match.captured(1).toInt();
}

QString withoutWhitespace(const QString& text)
{
    QString squeezed;
    squeezed.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace()) {
            squeezed.append(c);
        }
    }
    return squeezed;
}

} // namespace tessera::test
