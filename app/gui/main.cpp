#include "ui/TesseraUi.h"

#include <QApplication>
#include <QMessageBox>
#include <QWidget>

#include <cstdio>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Tessera"));
    QApplication::setOrganizationName(QStringLiteral("Tessera"));
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        std::fputs("Usage: tessera PROJECT.tessera\n", stderr);
        return 2;
    }
    QString error;
    QWidget* window = tessera::ui::createProjectSummaryWindow(args.at(1), &error);
    if (!window) {
        QMessageBox::critical(nullptr, QStringLiteral("Tessera"), error);
        return 1;
    }
    window->show();
    return app.exec();
}
