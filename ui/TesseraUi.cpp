#include "TesseraUi.h"

#include "project/Project.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

namespace tessera::ui {

QWidget* createProjectSummaryWindow(const QString& projectPath, QString* error)
{
    auto project = Project::open(projectPath);
    if (!project) {
        if (error) {
            *error = project.error().message;
        }
        return nullptr;
    }
    auto* window = new QWidget;
    window->setWindowTitle(QStringLiteral("%1 — Tessera").arg((*project)->title()));
    auto* layout = new QVBoxLayout(window);
    auto* summary = new QLabel(window);
    summary->setTextFormat(Qt::PlainText);
    summary->setText(QStringLiteral("%1\n\n%2 documents · %3 codes · %4 themes · %5 codings\n\n"
                                    "The coding workbench is not built yet; use tessera-cli.")
                         .arg((*project)->title())
                         .arg((*project)->documents().size())
                         .arg((*project)->codes().size())
                         .arg((*project)->themes().size())
                         .arg((*project)->codings().size()));
    summary->setAccessibleName(QStringLiteral("Project summary"));
    layout->addWidget(summary);
    return window;
}

} // namespace tessera::ui
