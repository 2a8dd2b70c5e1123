#include "ExportController.h"

#include "ErrorReporter.h"
#include "UserPrompts.h"
#include "analysis/ReportBuilder.h"
#include "common/AtomicFile.h"
#include "project/Project.h"
#include "report/ReportWriters.h"

#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>
#include <QtConcurrent>

namespace tessera::ui {
namespace {

// Runs on the worker thread; returns an error message, empty on success.
QString buildAndWrite(const QString& projectPath, ExportController::Kind kind, ReportFormat format,
                      const QString& target, const std::atomic_bool& cancelled)
{
    auto project = Project::open(projectPath);
    if (!project) {
        return project.error().message;
    }
    const QByteArray bytes = kind == ExportController::Kind::ThemeSummary
                                 ? writeThemeSummary(buildThemeSummary(**project), format)
                                 : writeCodebook(buildCodebook(**project), format);
    if (cancelled) {
        return QObject::tr("Cancelled; nothing was written.");
    }
    if (auto st = writeFileAtomically(target, bytes); !st) {
        return st.error().message;
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
}

ExportController::~ExportController()
{
    m_watcher->disconnect(this);
    m_watcher->waitForFinished();
}

bool ExportController::isBusy() const
{
    return m_watcher->isRunning();
}

void ExportController::exportInteractively(Kind kind)
{
    const QString what = kind == Kind::ThemeSummary ? tr("theme summary") : tr("codebook");
    const QFileInfo projectFile(m_project.filePath());
    const QString suggested = projectFile.dir().filePath(
        QStringLiteral("%1 %2.md").arg(projectFile.completeBaseName(), what));
    const QString path = m_prompts.saveFile(
        m_window, kind == Kind::ThemeSummary ? tr("Export Theme Summary") : tr("Export Codebook"),
        suggested, tr("Markdown (*.md);;Web page (*.html);;Spreadsheet (*.csv)"));
    if (!path.isEmpty()) {
        exportTo(kind, path);
    }
}

void ExportController::exportTo(Kind kind, const QString& path)
{
    if (isBusy()) {
        m_reporter.showProblem(tr("An export is still running. Wait for it to finish."));
        return;
    }
    const auto format = reportFormatFromName(QFileInfo(path).suffix());
    if (!format) {
        const QString message =
            tr("“%1” does not end in .md, .html or .csv, so Tessera cannot tell which format to "
               "write. Add one of these to the file name.")
                .arg(QFileInfo(path).fileName());
        m_reporter.showFailure(tr("Export"), message);
        emit finished(false, path, message);
        return;
    }
    m_path = path;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_watcher->setFuture(QtConcurrent::run(
        [projectPath = m_project.filePath(), kind, format = *format, path, cancel = m_cancel] {
            return buildAndWrite(projectPath, kind, format, path, *cancel);
        }));
    m_progress = new QProgressDialog(tr("Writing %1…").arg(QFileInfo(path).fileName()),
                                     tr("Cancel"), 0, 0, m_window);
    m_progress->setWindowTitle(tr("Exporting"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, [cancel = m_cancel] { *cancel = true; });
}

void ExportController::done()
{
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    const QString error = m_watcher->result();
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
