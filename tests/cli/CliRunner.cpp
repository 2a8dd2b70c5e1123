#include "CliRunner.h"

#include <QProcess>

namespace tessera::test {

CliRunner::CliRunner() = default;

CliResult CliRunner::run(const QStringList& args) const
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(TESSERA_CLI_PATH), args);
    process.waitForFinished(120000);
    CliResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

CliResult CliRunner::runJson(QStringList args) const
{
    args.prepend(QStringLiteral("--json"));
    return run(args);
}

QStringList args(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* arg : list) {
        result << QString::fromUtf8(arg);
    }
    return result;
}

} // namespace tessera::test
