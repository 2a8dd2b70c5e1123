#pragma once

#include "analysis/JointDisplay.h"
#include "analysis/ReportBuilder.h"

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
class ThemeExportDialog;
struct UserPrompts;

// What a table export shows: the choices made on its tab of the Survey & Matrix view (the
// survey; the rows, grouping attribute and coder; the survey items of a joint display).
struct TableExportOptions {
    SurveyId survey;
    MatrixOptions matrix;
    JointDisplayOptions joint;
};

// File ▸ Export Theme Summary / Export Codebook / Export Thematic Map, and the Export buttons of
// the survey summary, joint display and code × attribute matrix. The format follows the file
// name's suffix: .docx, .odt, .pdf, .html, .md, .csv for the reports (one report model,
// core/report; tables through writeTableReport), .svg or .png for the map. The theme summary first
// asks for its options (ThemeExportDialog). The file is built and written on a worker thread with
// its own connection to the project file (DESIGN.md, Threads), with a progress dialog and Cancel
// for slow exports, and written atomically: complete or not at all.
class ExportController : public QObject {
    Q_OBJECT

public:
    enum class Kind {
        ThemeSummary,
        Codebook,
        ThematicMap,
        SurveySummary,
        JointDisplay,
        AttributeMatrix
    };

    ExportController(Project& project, const UserPrompts& prompts, QWidget* window,
                     ErrorReporter& reporter, QObject* parent = nullptr);
    ~ExportController() override;

    // Asks for the options (theme summary), then where to save, then exports.
    void exportInteractively(Kind kind);
    // Exports to `path` and returns at once; finished() tells how it went. The theme summary
    // uses `options`; the others ignore them.
    void exportTo(Kind kind, const QString& path, const ThemeReportOptions& options = {});
    // The table reports: asks where to save, then exports what `options` choose.
    void exportTableInteractively(Kind kind, const TableExportOptions& options);
    void exportTableTo(Kind kind, const QString& path, const TableExportOptions& options);
    bool isBusy() const;
    // The theme summary's options dialog while it is open (tests answer it).
    ThemeExportDialog* optionsDialog() const;

signals:
    void finished(bool ok, const QString& path, const QString& message);

private:
    void askWhereToSave(Kind kind, const ThemeReportOptions& options,
                        const TableExportOptions& tables = {});
    void start(Kind kind, const QString& path, const ThemeReportOptions& options,
               const TableExportOptions& tables);
    void done();

    Project& m_project;
    const UserPrompts& m_prompts;
    QWidget* m_window;
    ErrorReporter& m_reporter;
    QFutureWatcher<QString>* m_watcher;
    QPointer<QProgressDialog> m_progress;
    QPointer<ThemeExportDialog> m_optionsDialog;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QString m_path;
};

} // namespace tessera::ui
