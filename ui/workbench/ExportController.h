#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace tessera {
class Project;
}

namespace tessera::ui {

class ErrorReporter;
struct UserPrompts;

// File ▸ Export Theme Summary / Export Codebook: the format follows the file name's suffix
// (.md, .html, .csv). The report is built and written on a worker thread with its own
// connection to the project file (DESIGN.md, Threads); the file is written atomically.
class ExportController : public QObject {
    Q_OBJECT

public:
    enum class Kind { ThemeSummary, Codebook };

    ExportController(Project& project, const UserPrompts& prompts, QWidget* window,
                     ErrorReporter& reporter, QObject* parent = nullptr);
    ~ExportController() override;

    // Asks where to save, then exports.
    void exportInteractively(Kind kind);
    // Exports to `path` and returns at once; finished() tells how it went.
    void exportTo(Kind kind, const QString& path);
    bool isBusy() const;

signals:
    void finished(bool ok, const QString& path, const QString& message);

private:
    void done();

    Project& m_project;
    const UserPrompts& m_prompts;
    QWidget* m_window;
    ErrorReporter& m_reporter;
    QFutureWatcher<QString>* m_watcher;
    QPointer<QProgressDialog> m_progress;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QString m_path;
};

} // namespace tessera::ui
