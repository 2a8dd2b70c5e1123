#pragma once

#include "common/Result.h"

#include <QHash>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace tessera {

class Statement;

// Owns one SQLite connection (C API). Statements are prepared once and cached, because the
// UI asks the same questions thousands of times (codings of a document, counts of a code).
class Database {
public:
    enum class OpenMode { ReadWrite, ReadOnly, Create };

    Database() = default;
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens the file without writing to it; pragmas that write are the caller's decision
    // (a foreign file must be refused untouched).
    Status open(const QString& path, OpenMode mode);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    QString path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

    // A cached statement, reset and with bindings cleared. Only one SQL statement per text:
    // multi-statement strings are refused (the rest would be silently ignored by SQLite).
    Result<Statement> prepare(const QString& sql);
    // Runs one or more statements that return no rows (schema scripts, pragmas).
    Status exec(const QString& sql);

    qint64 lastInsertId() const;
    int changes() const;
    // Error for the connection's last failure, phrased for a user.
    Error lastError(const QString& context) const;

    // Copies the whole database to another file with SQLite's online backup API.
    Status backupTo(const QString& targetPath);

private:
    sqlite3* m_db = nullptr;
    QString m_path;
    QHash<QString, sqlite3_stmt*> m_cache;
};

} // namespace tessera
