#include <QApplication>
#include <QLocale>
#include <QStandardPaths>

#include <gtest/gtest.h>

// main() for widget tests: a QApplication on the offscreen platform (set by ctest; forced here
// too so running a binary by hand never needs a display), fixed locale and Qt's test mode so
// QSettings and recent-project lists never touch the user's own.
int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TesseraTests"));
    QApplication::setApplicationName(QStringLiteral("tessera-ui-tests"));
    return RUN_ALL_TESTS();
}
