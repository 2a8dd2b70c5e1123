#include "RefiActions.h"

#include "CodebookCompareDialog.h"
#include "project/Project.h"
#include "refi/RefiProjectExport.h"
#include "refi/RefiProjectImport.h"
#include "team/CodebookComparison.h"
#include "team/ProjectMerge.h"
#include "workbench/ErrorReporter.h"
#include "workbench/UserPrompts.h"

#include <QDir>
#include <QFileInfo>

namespace tessera::ui {

RefiActions::RefiActions(Project& project, const UserPrompts& prompts, ErrorReporter& reporter,
                         QWidget* window, QObject* parent)
    : QObject(parent), m_project(project), m_prompts(prompts), m_reporter(reporter),
      m_window(window)
{
}

QString RefiActions::suggestedPath(const QString& suffix) const
{
    const QFileInfo file(m_project.filePath());
    return file.absoluteDir().filePath(file.completeBaseName() + suffix);
}

void RefiActions::exportProject()
{
    const QString path =
        m_prompts.saveFile(m_window, tr("Export as REFI-QDA Project"),
                           suggestedPath(QStringLiteral(".qdpx")), tr("REFI-QDA project (*.qdpx)"));
    if (path.isEmpty()) {
        return;
    }
    if (auto st = exportQdpx(m_project, path); !st) {
        m_reporter.showFailure(tr("Export as REFI-QDA Project"), st.error().message);
        return;
    }
    m_reporter.showMessage(tr("Exported the project to %1.").arg(QFileInfo(path).fileName()));
}

void RefiActions::exportCodebook()
{
    const QString path =
        m_prompts.saveFile(m_window, tr("Export Codebook (.qdc)"),
                           suggestedPath(QStringLiteral(".qdc")), tr("REFI-QDA codebook (*.qdc)"));
    if (path.isEmpty()) {
        return;
    }
    if (auto st = exportQdc(m_project, path); !st) {
        m_reporter.showFailure(tr("Export Codebook"), st.error().message);
        return;
    }
    m_reporter.showMessage(tr("Exported the codebook to %1.").arg(QFileInfo(path).fileName()));
}

void RefiActions::importCodebook()
{
    const QString path =
        m_prompts.openFile(m_window, tr("Import Codebook (.qdc)"), tr("REFI-QDA codebook (*.qdc)"));
    if (path.isEmpty()) {
        return;
    }
    auto report = importQdcFileInto(m_project, path);
    if (!report) {
        m_reporter.showFailure(tr("Import Codebook"), report.error().message);
        return;
    }
    const QString summary = tr("Imported %1: %n new code(s).", nullptr, report->codesAdded)
                                .arg(QFileInfo(path).fileName());
    QStringList details = report->matched;
    details += report->warnings;
    if (details.isEmpty()) {
        m_reporter.showMessage(summary);
    } else {
        m_reporter.showReport(tr("Import Codebook"), summary, details.join(QLatin1Char('\n')));
    }
}

void RefiActions::mergeProject()
{
    const QString path =
        m_prompts.openFile(m_window, tr("Merge a Colleague's Project"),
                           tr("Tessera or REFI-QDA project (*.tessera *.qdpx);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    auto report = mergeProjectFile(m_project, path);
    if (!report) {
        m_reporter.showFailure(tr("Merge a Colleague's Project"), report.error().message);
        return;
    }
    const QString summary =
        tr("Merged %1: %2 document(s) added, %3 matched; %4 code(s) added, %5 matched; "
           "%6 coder(s) added; %7 coding(s) added, %8 already present; %9 conflict(s).")
            .arg(QFileInfo(path).fileName())
            .arg(report->documentsAdded)
            .arg(report->documentsMatched)
            .arg(report->codesAdded)
            .arg(report->codesMatched)
            .arg(report->codersAdded)
            .arg(report->codingsAdded)
            .arg(report->codingsSkipped)
            .arg(report->conflicts.size());
    QStringList details;
    for (const MergeConflict& conflict : report->conflicts) {
        details << tr("Conflict on “%1”, %2:\n  ours: %3\n  theirs: %4")
                       .arg(conflict.code, conflict.field, conflict.ours, conflict.theirs);
    }
    details += report->warnings;
    m_reporter.showReport(tr("Merge a Colleague's Project"), summary,
                          details.join(QLatin1Char('\n')));
}

void RefiActions::compareCodebooks()
{
    const QString path =
        m_prompts.openFile(m_window, tr("Compare Codebooks"),
                           tr("Project or codebook (*.tessera *.qdc *.qdpx);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    auto other = readCodebook(path);
    if (!other) {
        m_reporter.showFailure(tr("Compare Codebooks"), other.error().message);
        return;
    }
    auto* dialog = new CodebookCompareDialog(
        tessera::compareCodebooks(codebookOf(m_project), *other), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace tessera::ui
