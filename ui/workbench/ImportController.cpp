#include "ImportController.h"

#include "ErrorReporter.h"
#include "UiText.h"
#include "io/TranscriptImporter.h"
#include "project/Project.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QProgressDialog>
#include <QPromise>
#include <QtConcurrent>

namespace tessera::ui {

// One file's parse result, carried from the worker thread to the UI thread.
struct ParsedTranscript {
    QString path;
    std::optional<ImportedDocument> document;
    QString error;
};

ImportController::ImportController(Project& project, QWidget* window, ErrorReporter& reporter,
                                   QObject* parent)
    : QObject(parent), m_project(project), m_window(window), m_reporter(reporter),
      m_watcher(new QFutureWatcher<ParsedTranscript>(this))
{
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, this, [this](int value) {
        if (m_progress) {
            m_progress->setValue(value);
        }
    });
    connect(m_watcher, &QFutureWatcherBase::finished, this, &ImportController::addParsedDocuments);
}

ImportController::~ImportController()
{
    // The worker holds no reference to us, but waiting keeps a closing project from outliving
    // a parse still reading its files.
    m_watcher->disconnect(this);
    m_watcher->cancel();
    m_watcher->waitForFinished();
}

bool ImportController::isTranscriptFile(const QString& path)
{
    return formatFromFileName(path).has_value();
}

bool ImportController::isBusy() const
{
    return m_watcher->isRunning();
}

void ImportController::cancel()
{
    m_watcher->cancel();
}

void ImportController::importFiles(const QStringList& paths, const QString& groupName)
{
    if (paths.isEmpty()) {
        return;
    }
    if (isBusy()) {
        m_reporter.showProblem(tr("An import is still running. Wait for it to finish."));
        return;
    }
    m_paths = paths;
    m_group = groupName.trimmed();
    auto future = QtConcurrent::run([paths](QPromise<ParsedTranscript>& promise) {
        promise.setProgressRange(0, int(paths.size()));
        for (qsizetype i = 0; i < paths.size(); ++i) {
            if (promise.isCanceled()) {
                return;
            }
            ParsedTranscript parsed;
            parsed.path = paths[i];
            auto result = importTranscriptFile(paths[i]);
            if (result) {
                parsed.document = std::move(result).value();
            } else {
                parsed.error = result.error().message;
            }
            promise.addResult(std::move(parsed));
            promise.setProgressValue(int(i + 1));
        }
    });

    m_progress = new QProgressDialog(
        countOf(paths.size(), tr("Reading %1 transcript…"), tr("Reading %1 transcripts…")),
        tr("Cancel"), 0, int(paths.size()), m_window);
    m_progress->setWindowTitle(tr("Importing Transcripts"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    // Only an import that takes longer than 0.3 s shows the dialog (DESIGN.md, Threads).
    m_progress->setMinimumDuration(300);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, m_watcher,
            &QFutureWatcher<ParsedTranscript>::cancel);
    m_watcher->setFuture(future);
}

QString ImportController::uniqueName(const QString& wanted) const
{
    QStringList taken;
    for (const Document& document : m_project.documents()) {
        taken << document.name.toCaseFolded();
    }
    QString name = wanted.isEmpty() ? tr("Transcript") : wanted;
    for (int n = 2; taken.contains(name.toCaseFolded()); ++n) {
        name = QStringLiteral("%1 (%2)").arg(wanted).arg(n);
    }
    return name;
}

void ImportController::addParsedDocuments()
{
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    ImportOutcome outcome;
    if (m_watcher->isCanceled()) {
        outcome.cancelled = true;
        m_reporter.showMessage(tr("Import cancelled; nothing was imported."));
        emit finished(outcome);
        return;
    }
    QHash<QString, QString> existingHashes;
    for (const Document& document : m_project.documents()) {
        existingHashes.insert(document.contentHash, document.name);
    }
    const QList<ParsedTranscript> results = m_watcher->future().results();
    std::optional<DocumentId> first;
    for (const ParsedTranscript& parsed : results) {
        const QString fileName = QFileInfo(parsed.path).fileName();
        if (!parsed.document) {
            outcome.problems << QStringLiteral("%1: %2").arg(fileName, parsed.error);
            continue;
        }
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(parsed.document->text.toUtf8(), QCryptographicHash::Sha256)
                .toHex());
        if (existingHashes.contains(hash)) {
            outcome.problems << tr("%1: already in the project as “%2”; not imported again.")
                                    .arg(fileName, existingHashes.value(hash));
            continue;
        }
        const QString name = uniqueName(QFileInfo(parsed.path).completeBaseName());
        auto id = m_project.addDocument(name, *parsed.document, fileName, m_group);
        if (!id) {
            outcome.problems << QStringLiteral("%1: %2").arg(fileName, id.error().message);
            continue;
        }
        existingHashes.insert(hash, name);
        outcome.imported << name;
        for (const QString& warning : parsed.document->warnings) {
            outcome.warnings << QStringLiteral("%1: %2").arg(fileName, warning);
        }
        if (!first) {
            first = *id;
        }
        emit documentImported(id->value);
    }

    const QString summary = outcome.problems.isEmpty()
                                ? countOf(outcome.imported.size(), tr("Imported %1 transcript."),
                                          tr("Imported %1 transcripts."))
                                : tr("Imported %1 of %2; %3 could not be imported.")
                                      .arg(outcome.imported.size())
                                      .arg(countOf(results.size(), tr("%1 file"), tr("%1 files")))
                                      .arg(outcome.problems.size());
    if (outcome.problems.isEmpty() && outcome.warnings.isEmpty()) {
        m_reporter.showMessage(summary);
    } else {
        QStringList details;
        if (!outcome.problems.isEmpty()) {
            details << tr("Not imported:") << outcome.problems << QString();
        }
        if (!outcome.warnings.isEmpty()) {
            details << tr("Imported, but check:") << outcome.warnings;
        }
        QString text = summary;
        if (!outcome.problems.isEmpty()) {
            text += QStringLiteral("\n\n") + outcome.problems.join(QLatin1Char('\n'));
        }
        m_reporter.showReport(tr("Import Finished"), text, details.join(QLatin1Char('\n')));
    }
    emit finished(outcome);
}

} // namespace tessera::ui
