#pragma once

#include "common/Result.h"
#include "io/DataTable.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

namespace tessera::ui {

// Reads a CSV or XLSX file (readDataTableFile) on a worker thread, so a large spreadsheet never
// freezes the window (DESIGN.md, Threads); finished() arrives on the UI thread. One read at a
// time: a new read replaces the one still running, whose result is dropped.
class TableFileReader : public QObject {
    Q_OBJECT

public:
    explicit TableFileReader(QObject* parent = nullptr);
    ~TableFileReader() override;

    void read(const QString& path);
    bool isBusy() const;
    QString path() const { return m_path; }
    // The last finished read.
    const Result<DataTable>& result() const { return m_result; }
    // Blocks until the running read is done (tests, and the destructor).
    void waitForFinished();

signals:
    void finished(const QString& path);

private:
    QPointer<QFutureWatcher<Result<DataTable>>> m_watcher;
    QString m_path;
    Result<DataTable> m_result;
};

} // namespace tessera::ui
