#include "Cli.h"

#include <QCoreApplication>
#include <QGuiApplication>

namespace {

int runCli()
{
    QCoreApplication::setApplicationName(QStringLiteral("tessera-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tessera"));
    return tessera::cli::run(QCoreApplication::arguments().mid(1));
}

} // namespace

int main(int argc, char** argv)
{
    // PDF export lays out text and needs a QGuiApplication; on the offscreen platform (unless
    // QT_QPA_PLATFORM says otherwise) it needs no display. Every other command runs on a
    // QCoreApplication and never loads a platform plugin.
    if (tessera::cli::needsGuiApplication(tessera::cli::argumentsOf(argc, argv))) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        QGuiApplication app(argc, argv);
        return runCli();
    }
    QCoreApplication app(argc, argv);
    return runCli();
}
