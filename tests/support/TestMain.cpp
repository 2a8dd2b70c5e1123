#include <QCoreApplication>
#include <QLocale>
#include <QStandardPaths>

#include <gtest/gtest.h>

// One main() for every test binary: a QCoreApplication (signals, event loop, file APIs), a
// fixed locale so number and date formatting never depends on the machine, and Qt's test mode
// so nothing touches the user's real settings.
int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TesseraTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tessera-tests"));
    return RUN_ALL_TESTS();
}
