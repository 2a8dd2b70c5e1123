#include "ui/workbench/WorkbenchLauncher.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Tessera"));
    QApplication::setOrganizationName(QStringLiteral("Tessera"));
    QApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("tessera"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Qualitative thematic analysis of focus groups and "
                                        "interviews."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QApplication::translate("main", "Project file to open."),
                                 QStringLiteral("[PROJECT]"));
    parser.addPositionalArgument(
        QStringLiteral("document"),
        QApplication::translate("main", "With --quit-when-ready: document to show (id or name)."),
        QStringLiteral("[DOCUMENT]"));
    const QCommandLineOption quitWhenReady(
        QStringLiteral("quit-when-ready"),
        QApplication::translate("main", "Open PROJECT (and DOCUMENT), show it, then exit 0; "
                                        "exit 1 if either cannot be opened."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Developer option: save a picture of the ready window."),
        QStringLiteral("FILE"));
    const QCommandLineOption showCode(
        QStringLiteral("show-code"),
        QApplication::translate("main", "Developer option: select a code and list its excerpts."),
        QStringLiteral("CODE"));
    const QCommandLineOption showView(
        QStringLiteral("show-view"),
        QApplication::translate("main", "Developer option: show the coding, board or map view."),
        QStringLiteral("VIEW"));
    const QCommandLineOption showTheme(
        QStringLiteral("show-theme"),
        QApplication::translate("main", "Developer option: choose a theme on the theme board."),
        QStringLiteral("THEME"));
    const QCommandLineOption hideDocks(
        QStringLiteral("hide-docks"),
        QApplication::translate("main", "Developer option: close these panes (comma-separated: "
                                        "documents, codes, themes, retrieval, memo, journal)."),
        QStringLiteral("PANES"));
    const QCommandLineOption size(
        QStringLiteral("size"),
        QApplication::translate("main", "Developer option: initial window size, e.g. 1600x1000."),
        QStringLiteral("WxH"));
    parser.addOptions({quitWhenReady, screenshot, showCode, showView, showTheme, hideDocks, size});
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 2 || (parser.isSet(quitWhenReady) && positional.isEmpty())) {
        std::fputs(parser.helpText().toLocal8Bit().constData(), stderr);
        return 2;
    }
    tessera::ui::LaunchOptions options;
    options.project = positional.value(0);
    options.document = positional.value(1);
    options.quitWhenReady = parser.isSet(quitWhenReady);
    options.screenshot = parser.value(screenshot);
    options.showCode = parser.value(showCode);
    options.showView = parser.value(showView);
    options.showTheme = parser.value(showTheme);
    if (parser.isSet(hideDocks)) {
        options.hideDocks = parser.value(hideDocks).split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    if (parser.isSet(size)) {
        const QStringList parts = parser.value(size).split(QLatin1Char('x'));
        options.windowSize = QSize(parts.value(0).toInt(), parts.value(1).toInt());
    }
    return tessera::ui::runWorkbench(options);
}
