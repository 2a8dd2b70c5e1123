#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QProgressDialog;
class QWidget;

namespace tessera {
class Project;
}

namespace tessera::ui {

class ErrorReporter;
struct ParsedTranscript;

// What one import run did, for the summary and for tests.
struct ImportOutcome {
    QStringList imported; // document names
    QStringList problems; // "file: what went wrong"
    QStringList warnings; // "file: something the user should check"
    bool cancelled = false;
};

// Imports transcript files into the open project: parsing runs on a worker thread (pure
// importers, no database), a progress dialog with Cancel appears when it takes longer than
// 0.3 s, and the documents are added on the UI thread, one undoable action per file. A summary
// lists per-file errors. Cancel imports nothing.
class ImportController : public QObject {
    Q_OBJECT

public:
    ImportController(Project& project, QWidget* window, ErrorReporter& reporter,
                     QObject* parent = nullptr);
    ~ImportController() override;

    static bool isTranscriptFile(const QString& path);
    bool isBusy() const;
    // Starts an import and returns at once; finished() reports the outcome.
    void importFiles(const QStringList& paths, const QString& groupName = {});
    void cancel();

signals:
    void finished(const tessera::ui::ImportOutcome& outcome);
    void documentImported(qint64 documentId);

private:
    void addParsedDocuments();
    QString uniqueName(const QString& wanted) const;

    Project& m_project;
    QWidget* m_window;
    ErrorReporter& m_reporter;
    QFutureWatcher<ParsedTranscript>* m_watcher;
    QPointer<QProgressDialog> m_progress;
    QString m_group;
    QStringList m_paths;
};

} // namespace tessera::ui
