#pragma once

#include <QString>

class QWidget;

namespace tessera::ui {

// Placeholder until the coding workbench (issue 3): a read-only window that summarises an
// open project, so the GUI target, its link line (core + Widgets) and its start-up are real.
QWidget* createProjectSummaryWindow(const QString& projectPath, QString* error);

} // namespace tessera::ui
