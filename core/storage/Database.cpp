#include "Database.h"

#include "Statement.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace tessera {
namespace {

ErrorCode errorCodeFor(int sqliteCode)
{
    switch (sqliteCode & 0xff) {
    case SQLITE_NOTADB:
        return ErrorCode::NotAProject;
    case SQLITE_CORRUPT:
        return ErrorCode::Corrupt;
    case SQLITE_CONSTRAINT:
        return ErrorCode::Conflict;
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return ErrorCode::Io;
    default:
        return ErrorCode::Database;
    }
}

} // namespace

Database::~Database()
{
    close();
}

Status Database::open(const QString& path, OpenMode mode)
{
    close();
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (mode) {
    case OpenMode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case OpenMode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case OpenMode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    const QByteArray nativePath = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(nativePath.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString reason =
            m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        return makeError(
            errorCodeFor(rc),
            QStringLiteral("Cannot open %1: %2.").arg(QFileInfo(path).absoluteFilePath(), reason));
    }
    m_path = path;
    // Busy waits let the CLI and the GUI share a project file for short writes.
    sqlite3_busy_timeout(m_db, 5000);
    return {};
}

void Database::close()
{
    for (sqlite3_stmt* stmt : std::as_const(m_cache)) {
        sqlite3_finalize(stmt);
    }
    m_cache.clear();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Result<Statement> Database::prepare(const QString& sql)
{
    if (auto it = m_cache.constFind(sql); it != m_cache.constEnd()) {
        return Statement(this, it.value());
    }
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt* stmt = nullptr;
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt, &tail);
    if (rc != SQLITE_OK) {
        return lastError(QStringLiteral("Preparing a query"));
    }
    if (tail && *tail) {
        const QByteArray rest = QByteArray(tail).trimmed();
        if (!rest.isEmpty() && rest != ";") {
            sqlite3_finalize(stmt);
            return makeError(
                ErrorCode::Database,
                QStringLiteral("Internal error: more than one SQL statement in: %1").arg(sql));
        }
    }
    m_cache.insert(sql, stmt);
    return Statement(this, stmt);
}

Status Database::exec(const QString& sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString reason = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        return makeError(errorCodeFor(sqlite3_extended_errcode(m_db)),
                         QStringLiteral("Database error in %1: %2.").arg(m_path, reason));
    }
    return {};
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Error Database::lastError(const QString& context) const
{
    const int code = sqlite3_extended_errcode(m_db);
    return makeError(errorCodeFor(code),
                     QStringLiteral("%1 failed in %2: %3.")
                         .arg(context, m_path, QString::fromUtf8(sqlite3_errmsg(m_db))));
}

Status Database::backupTo(const QString& targetPath)
{
    sqlite3* target = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(targetPath).constData(), &target,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        sqlite3_close_v2(target);
        return makeError(ErrorCode::Io,
                         QStringLiteral("Cannot create the backup %1. Check free space and "
                                        "permissions in that folder.")
                             .arg(targetPath));
    }
    sqlite3_backup* backup = sqlite3_backup_init(target, "main", m_db, "main");
    int rc = SQLITE_ERROR;
    if (backup) {
        rc = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
    }
    sqlite3_close_v2(target);
    if (rc != SQLITE_DONE) {
        return makeError(ErrorCode::Io,
                         QStringLiteral("Cannot write the backup %1: %2.")
                             .arg(targetPath, QString::fromUtf8(sqlite3_errstr(rc))));
    }
    return {};
}

} // namespace tessera
