#include <QGuiApplication>
#include <QLocale>
#include <QStandardPaths>

#include <gtest/gtest.h>

// main() for the PDF tests: QTextDocument lays out text with fonts, which Qt only provides with
// a QGuiApplication. The offscreen platform (set by ctest, and here for runs by hand) needs no
// display, and unlike the widget tests' main this links no Qt Widgets, so the PDF tests run in
// builds without the GUI (TESSERA_BUILD_GUI=OFF).
int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("TesseraTests"));
    QGuiApplication::setApplicationName(QStringLiteral("tessera-pdf-tests"));
    return RUN_ALL_TESTS();
}
