#pragma once

#include <QObject>

namespace tessera::ui {

class ErrorReporter;
class MainWindow;

// File ▸ New, Open, Open the Sample Study and Import REFI-QDA Project: finds or creates the project
// file, opens it and hands it to the window. Failures are reported in the window and leave the
// current project open.
class ProjectController : public QObject {
    Q_OBJECT

public:
    ProjectController(MainWindow& window, ErrorReporter& reporter);

    bool open(const QString& path);
    bool create(const QString& path);
    // Creates the sample study in the application's data folder on first use, then opens it.
    bool openSample();
    void openWithDialog();
    void createWithDialog();
    // File ▸ Import REFI-QDA Project: a .qdpx from NVivo, ATLAS.ti, MAXQDA or QualCoder becomes
    // a new project file (never an existing one), which is then opened.
    bool importQdpx(const QString& qdpxPath, const QString& projectPath);
    void importQdpxWithDialog();

private:
    MainWindow& m_window;
    ErrorReporter& m_reporter;
};

} // namespace tessera::ui
