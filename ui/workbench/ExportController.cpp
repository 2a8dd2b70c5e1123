#include "ExportController.h"

#include "ErrorReporter.h"
#include "ThemeExportDialog.h"
#include "UserPrompts.h"
#include "analysis/TableReports.h"
#include "common/AtomicFile.h"
#include "map/MapExport.h"
#include "project/Project.h"
#include "report/ReportWriters.h"

#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>
#include <QPromise>
#include <QtConcurrent>

namespace tessera::ui {
namespace {

// What the worker is asked to write; the format is already known to be valid for the kind.
struct ExportJob {
    ExportController::Kind kind = ExportController::Kind::ThemeSummary;
    ReportFormat reportFormat = ReportFormat::Markdown;
    MapFileFormat mapFormat = MapFileFormat::Svg;
    ThemeReportOptions options;
    TableExportOptions tables;
    QString path;
};

// The steps the progress dialog counts: read, lay out, save.
constexpr int kSteps = 3;

QString formatName(const ExportJob& job)
{
    if (job.kind == ExportController::Kind::ThematicMap) {
        return job.mapFormat == MapFileFormat::Svg ? QStringLiteral("SVG") : QStringLiteral("PNG");
    }
    return reportFormatSuffix(job.reportFormat).toUpper();
}

QString reportTitle(const Project& project)
{
    return project.title().isEmpty() ? QFileInfo(project.filePath()).completeBaseName()
                                     : project.title();
}

// The table report of a survey summary, joint display or matrix, built from the worker's own
// connection; an error message when the choices no longer fit the project (a survey or
// attribute deleted meanwhile).
Result<TableReport> buildTableReport(const Project& project, const ExportJob& job)
{
    switch (job.kind) {
    case ExportController::Kind::SurveySummary: {
        auto summary = summariseSurvey(project, job.tables.survey);
        if (!summary) {
            return summary.error();
        }
        return surveySummaryReport(reportTitle(project), *summary);
    }
    case ExportController::Kind::JointDisplay: {
        auto display = buildJointDisplay(project, job.tables.joint);
        if (!display) {
            return display.error();
        }
        return jointDisplayReport(reportTitle(project), *display);
    }
    case ExportController::Kind::AttributeMatrix: {
        auto matrix = buildAttributeMatrix(project, job.tables.matrix);
        if (!matrix) {
            return matrix.error();
        }
        return attributeMatrixReport(reportTitle(project), *matrix);
    }
    default:
        break;
    }
    return makeError(ErrorCode::InvalidInput, QStringLiteral("not a table report"));
}

// Runs on the worker thread; the result is an error message, empty on success. Cancelling is
// honoured between steps, so a cancelled export never writes the file.
void buildAndWrite(QPromise<QString>& promise, const QString& projectPath, const ExportJob& job,
                   const std::atomic_bool& cancelled)
{
    const QString cancelledText = QObject::tr("Cancelled; nothing was written.");
    promise.setProgressRange(0, kSteps);
    promise.setProgressValueAndText(0, QObject::tr("Reading the project…"));
    auto project = Project::open(projectPath);
    if (!project) {
        promise.addResult(project.error().message);
        return;
    }
    if (cancelled) {
        promise.addResult(cancelledText);
        return;
    }
    promise.setProgressValueAndText(1, QObject::tr("Laying out the %1…").arg(formatName(job)));
    QByteArray bytes;
    switch (job.kind) {
    case ExportController::Kind::ThemeSummary:
        bytes = writeThemeSummary(buildThemeSummary(**project, job.options), job.reportFormat);
        break;
    case ExportController::Kind::Codebook:
        bytes = writeCodebook(buildCodebook(**project), job.reportFormat);
        break;
    case ExportController::Kind::ThematicMap:
        bytes = renderMapFile(**project, job.mapFormat);
        break;
    case ExportController::Kind::SurveySummary:
    case ExportController::Kind::JointDisplay:
    case ExportController::Kind::AttributeMatrix: {
        auto report = buildTableReport(**project, job);
        if (!report) {
            promise.addResult(report.error().message);
            return;
        }
        bytes = writeTableReport(*report, job.reportFormat);
        break;
    }
    }
    if (bytes.isEmpty()) {
        promise.addResult(QObject::tr("Tessera could not produce the %1 file (not enough memory "
                                      "or no fonts for the layout). Nothing was written.")
                              .arg(formatName(job)));
        return;
    }
    if (cancelled) {
        promise.addResult(cancelledText);
        return;
    }
    promise.setProgressValueAndText(2,
                                    QObject::tr("Saving %1…").arg(QFileInfo(job.path).fileName()));
    if (auto st = writeFileAtomically(job.path, bytes); !st) {
        promise.addResult(st.error().message);
        return;
    }
    promise.setProgressValue(kSteps);
    promise.addResult(QString());
}

QString fileFilter(ExportController::Kind kind)
{
    switch (kind) {
    case ExportController::Kind::ThemeSummary:
        return QObject::tr("Word document (*.docx);;OpenDocument text (*.odt);;PDF (*.pdf);;"
                           "Web page (*.html);;Markdown (*.md);;Spreadsheet (*.csv)");
    case ExportController::Kind::Codebook:
        return QObject::tr("Word document (*.docx);;PDF (*.pdf);;Web page (*.html);;"
                           "Markdown (*.md);;Spreadsheet (*.csv);;OpenDocument text (*.odt)");
    case ExportController::Kind::ThematicMap:
        return QObject::tr("SVG image (*.svg);;PNG image (*.png)");
    case ExportController::Kind::SurveySummary:
    case ExportController::Kind::JointDisplay:
    case ExportController::Kind::AttributeMatrix:
        return QObject::tr("Word document (*.docx);;Spreadsheet (*.csv);;OpenDocument text "
                           "(*.odt);;PDF (*.pdf);;Web page (*.html);;Markdown (*.md)");
    }
    return {};
}

} // namespace

ExportController::ExportController(Project& project, const UserPrompts& prompts, QWidget* window,
                                   ErrorReporter& reporter, QObject* parent)
    : QObject(parent), m_project(project), m_prompts(prompts), m_window(window),
      m_reporter(reporter), m_watcher(new QFutureWatcher<QString>(this))
{
    connect(m_watcher, &QFutureWatcherBase::finished, this, &ExportController::done);
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, this, [this](int value) {
        if (m_progress) {
            m_progress->setValue(value);
        }
    });
    connect(m_watcher, &QFutureWatcherBase::progressTextChanged, this, [this](const QString& text) {
        if (m_progress) {
            m_progress->setLabelText(text);
        }
    });
}

ExportController::~ExportController()
{
    m_watcher->disconnect(this);
    m_watcher->waitForFinished();
    delete m_optionsDialog;
}

ThemeExportDialog* ExportController::optionsDialog() const
{
    return m_optionsDialog;
}

bool ExportController::isBusy() const
{
    return m_watcher->isRunning();
}

void ExportController::exportInteractively(Kind kind)
{
    if (kind != Kind::ThemeSummary) {
        askWhereToSave(kind, {});
        return;
    }
    if (m_optionsDialog) {
        m_optionsDialog->raise();
        m_optionsDialog->activateWindow();
        return;
    }
    m_optionsDialog = new ThemeExportDialog(m_project, m_window);
    m_optionsDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_optionsDialog, &QDialog::accepted, this, [this, dialog = m_optionsDialog] {
        // The file dialog comes after this one has closed, never on top of it.
        const ThemeReportOptions options = dialog->options();
        QMetaObject::invokeMethod(
            this, [this, options] { askWhereToSave(Kind::ThemeSummary, options); },
            Qt::QueuedConnection);
    });
    m_optionsDialog->open();
}

void ExportController::exportTableInteractively(Kind kind, const TableExportOptions& options)
{
    askWhereToSave(kind, {}, options);
}

void ExportController::exportTableTo(Kind kind, const QString& path,
                                     const TableExportOptions& options)
{
    start(kind, path, {}, options);
}

void ExportController::askWhereToSave(Kind kind, const ThemeReportOptions& options,
                                      const TableExportOptions& tables)
{
    QString what;
    QString title;
    QString suffix = QStringLiteral("docx");
    switch (kind) {
    case Kind::ThemeSummary:
        what = tr("theme summary");
        title = tr("Export Theme Summary");
        break;
    case Kind::Codebook:
        what = tr("codebook");
        title = tr("Export Codebook");
        break;
    case Kind::ThematicMap:
        what = tr("thematic map");
        title = tr("Export Thematic Map");
        suffix = QStringLiteral("svg");
        break;
    case Kind::SurveySummary:
        what = tr("survey summary");
        title = tr("Export Survey Summary");
        break;
    case Kind::JointDisplay:
        what = tr("joint display");
        title = tr("Export Joint Display");
        break;
    case Kind::AttributeMatrix:
        what = tr("matrix");
        title = tr("Export Code × Attribute Matrix");
        break;
    }
    const QFileInfo projectFile(m_project.filePath());
    const QString suggested = projectFile.dir().filePath(
        QStringLiteral("%1 %2.%3").arg(projectFile.completeBaseName(), what, suffix));
    const QString path = m_prompts.saveFile(m_window, title, suggested, fileFilter(kind));
    if (!path.isEmpty()) {
        start(kind, path, options, tables);
    }
}

void ExportController::exportTo(Kind kind, const QString& path, const ThemeReportOptions& options)
{
    start(kind, path, options, {});
}

void ExportController::start(Kind kind, const QString& path, const ThemeReportOptions& options,
                             const TableExportOptions& tables)
{
    if (isBusy()) {
        m_reporter.showProblem(tr("An export is still running. Wait for it to finish."));
        return;
    }
    ExportJob job;
    job.kind = kind;
    job.options = options;
    job.tables = tables;
    job.path = path;
    const QString suffix = QFileInfo(path).suffix();
    bool known = false;
    if (kind == Kind::ThematicMap) {
        const auto format = mapFileFormatFromSuffix(suffix);
        known = format.has_value();
        job.mapFormat = format.value_or(MapFileFormat::Svg);
    } else {
        const auto format = reportFormatFromName(suffix);
        known = format.has_value();
        job.reportFormat = format.value_or(ReportFormat::Markdown);
    }
    if (!known) {
        const QString endings = kind == Kind::ThematicMap
                                    ? tr(".svg or .png")
                                    : tr(".docx, .odt, .pdf, .html, .md or .csv");
        const QString message = tr("“%1” does not end in %2, so Tessera cannot tell which format "
                                   "to write. Add one of these to the file name.")
                                    .arg(QFileInfo(path).fileName(), endings);
        m_reporter.showFailure(tr("Export"), message);
        emit finished(false, path, message);
        return;
    }
    m_path = path;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_watcher->setFuture(QtConcurrent::run(
        [projectPath = m_project.filePath(), job, cancel = m_cancel](QPromise<QString>& promise) {
            buildAndWrite(promise, projectPath, job, *cancel);
        }));
    m_progress = new QProgressDialog(tr("Writing %1…").arg(QFileInfo(path).fileName()),
                                     tr("Cancel"), 0, kSteps, m_window);
    m_progress->setWindowTitle(tr("Exporting"));
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setWindowModality(Qt::WindowModal);
    // Most exports finish before the dialog would appear; only slow ones show it.
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, [cancel = m_cancel] { *cancel = true; });
}

void ExportController::done()
{
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    const QString error =
        m_watcher->future().resultCount() > 0 ? m_watcher->result() : tr("The export stopped.");
    if (!error.isEmpty()) {
        if (m_cancel && *m_cancel) {
            m_reporter.showMessage(error);
        } else {
            m_reporter.showFailure(tr("Export Failed"), error);
        }
        emit finished(false, m_path, error);
        return;
    }
    const QString message = tr("Wrote %1.").arg(QDir::toNativeSeparators(m_path));
    m_reporter.showMessage(message, 10000);
    emit finished(true, m_path, message);
}

} // namespace tessera::ui
