#include "Cli.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tessera-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tessera"));
    return tessera::cli::run(QCoreApplication::arguments().mid(1));
}
