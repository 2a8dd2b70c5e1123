#include "ProjectController.h"

#include "ErrorReporter.h"
#include "MainWindow.h"
#include "WorkbenchSession.h"
#include "project/Project.h"
#include "refi/RefiProjectImport.h"
#include "sample/SampleStudy.h"

#include <QDir>
#include <QFileInfo>

namespace tessera::ui {
namespace {
const QString kProjectFilter = QStringLiteral("Tessera projects (*.tessera)");
}

ProjectController::ProjectController(MainWindow& window, ErrorReporter& reporter)
    : QObject(&window), m_window(window), m_reporter(reporter)
{
}

bool ProjectController::open(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (const WorkbenchSession* session = m_window.session();
        session && QFileInfo(session->project().filePath()).absoluteFilePath() == absolute) {
        return true;
    }
    auto project = Project::open(absolute);
    if (!project) {
        m_reporter.showFailure(tr("Cannot Open Project"), project.error().message);
        return false;
    }
    m_window.attachProject(std::move(project).value());
    return true;
}

bool ProjectController::create(const QString& path)
{
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty()) {
        target += QStringLiteral(".tessera");
    }
    auto project = Project::create(target, QFileInfo(target).completeBaseName());
    if (!project) {
        m_reporter.showFailure(tr("Cannot Create Project"), project.error().message);
        return false;
    }
    m_window.attachProject(std::move(project).value());
    m_reporter.showMessage(tr("Created %1. Drag transcripts onto the window to import them.")
                               .arg(QDir::toNativeSeparators(target)));
    return true;
}

bool ProjectController::openSample()
{
    const QString path = m_window.environment().samplePath();
    if (QFileInfo::exists(path)) {
        return open(path);
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        m_reporter.showFailure(tr("Cannot Create the Sample Study"),
                               tr("Could not create the folder %1.")
                                   .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
        return false;
    }
    auto project = createSampleStudy(path);
    if (!project) {
        m_reporter.showFailure(tr("Cannot Create the Sample Study"), project.error().message);
        return false;
    }
    m_window.attachProject(std::move(project).value());
    m_reporter.showMessage(
        tr("Created the sample study in %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ProjectController::openWithDialog()
{
    const QString path = m_window.environment().prompts.openFile(
        &m_window, tr("Open Project"), kProjectFilter + QStringLiteral(";;All files (*)"));
    if (!path.isEmpty()) {
        open(path);
    }
}

void ProjectController::createWithDialog()
{
    const QString path = m_window.environment().prompts.saveFile(
        &m_window, tr("New Project"), QDir::home().filePath(tr("Untitled.tessera")),
        kProjectFilter);
    if (path.isEmpty()) {
        return;
    }
    // The file dialog already asked before overwriting; a project is never replaced in place.
    if (QFileInfo::exists(path)) {
        m_reporter.showFailure(tr("Cannot Create Project"),
                               tr("%1 already exists. Choose another name, or open it with "
                                  "File ▸ Open Project.")
                                   .arg(QDir::toNativeSeparators(path)));
        return;
    }
    create(path);
}

bool ProjectController::importQdpx(const QString& qdpxPath, const QString& projectPath)
{
    auto report = importQdpxAsNewProject(qdpxPath, projectPath);
    if (!report) {
        m_reporter.showFailure(tr("Cannot Import the REFI-QDA Project"), report.error().message);
        return false;
    }
    if (!open(projectPath)) {
        return false;
    }
    const QStringList& warnings = report->warnings;
    QString message =
        tr("Imported %1 into the new project %2.")
            .arg(QDir::toNativeSeparators(qdpxPath), QDir::toNativeSeparators(projectPath));
    if (!warnings.isEmpty()) {
        // Warnings are what the user should check (the position reading chosen, skipped
        // sources); the import itself went through.
        message += QLatin1Char(' ') + tr("%n warning(s): %1", nullptr, int(warnings.size()))
                                          .arg(warnings.join(QStringLiteral("; ")));
    }
    m_reporter.showMessage(message);
    return true;
}

void ProjectController::importQdpxWithDialog()
{
    const QString qdpx = m_window.environment().prompts.openFile(
        &m_window, tr("Import REFI-QDA Project"), tr("REFI-QDA projects (*.qdpx);;All files (*)"));
    if (qdpx.isEmpty()) {
        return;
    }
    const QFileInfo source(qdpx);
    const QString project = m_window.environment().prompts.saveFile(
        &m_window, tr("Save the Imported Project As"),
        source.absoluteDir().filePath(source.completeBaseName() + QStringLiteral(".tessera")),
        kProjectFilter);
    if (project.isEmpty()) {
        return;
    }
    if (QFileInfo::exists(project)) {
        m_reporter.showFailure(tr("Cannot Import the REFI-QDA Project"),
                               tr("%1 already exists. An import always makes a new project: "
                                  "choose another name, or merge into an open project with "
                                  "File ▸ Merge a Colleague's Project.")
                                   .arg(QDir::toNativeSeparators(project)));
        return;
    }
    importQdpx(qdpx, project);
}

} // namespace tessera::ui
