#include "TableFileReader.h"

#include <QtConcurrent>

namespace tessera::ui {

TableFileReader::TableFileReader(QObject* parent)
    : QObject(parent), m_result(makeError(ErrorCode::NotFound, tr("No file has been read yet.")))
{
}

TableFileReader::~TableFileReader()
{
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->waitForFinished();
    }
}

void TableFileReader::read(const QString& path)
{
    // A read still running is left to finish on its own; its watcher no longer reports here.
    if (m_watcher) {
        m_watcher->disconnect(this);
        connect(m_watcher, &QFutureWatcherBase::finished, m_watcher, &QObject::deleteLater);
        if (m_watcher->isFinished()) {
            m_watcher->deleteLater();
        }
    }
    m_path = path;
    m_watcher = new QFutureWatcher<Result<DataTable>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this, watcher = m_watcher] {
        m_result = watcher->result();
        emit finished(m_path);
    });
    m_watcher->setFuture(QtConcurrent::run([path] { return readDataTableFile(path); }));
}

bool TableFileReader::isBusy() const
{
    return m_watcher && m_watcher->isRunning();
}

void TableFileReader::waitForFinished()
{
    if (m_watcher) {
        m_watcher->waitForFinished();
        QCoreApplication::sendPostedEvents(m_watcher);
    }
}

} // namespace tessera::ui
