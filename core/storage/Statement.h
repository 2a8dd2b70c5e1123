#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <concepts>
#include <cstddef>
#include <optional>

struct sqlite3_stmt;

namespace tessera {

class Database;

// A short-lived view of a cached prepared statement. Binding is by 1-based index; step()
// returns true while there is a row. The destructor resets the statement so the cache can
// hand it out again.
class Statement {
public:
    Statement(Database* db, sqlite3_stmt* stmt);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Any integer type (int, qint64, qsizetype differ in type on 64-bit Linux).
    template <std::integral T> Statement& bind(int index, T value)
    {
        return bindInt64(index, static_cast<qint64>(value));
    }
    Statement& bind(int index, bool value) { return bindInt64(index, value ? 1 : 0); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const char* value) = delete; // forces QString/QByteArray
    Statement& bind(int index, const QByteArray& value);
    Statement& bind(int index, std::nullptr_t) { return bindNull(index); }
    template <typename T> Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }
    Statement& bindInt64(int index, qint64 value);
    Statement& bindNull(int index);

    // Advances to the next row. Returns a value of true when a row is available, false when
    // done, or an error (constraint violation, I/O).
    Result<bool> step();
    // Runs a statement that returns no rows.
    Status run();

    qint64 columnInt(int column) const;
    double columnDouble(int column) const;
    QString columnText(int column) const;
    bool columnIsNull(int column) const;
    std::optional<qint64> columnOptionalInt(int column) const;

private:
    Database* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace tessera
