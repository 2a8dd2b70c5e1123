#include "UndoLog.h"

#include "Database.h"
#include "Statement.h"
#include "Transaction.h"

namespace tessera {
namespace {

Result<QStringList> columnsOf(Database& db, const QString& table)
{
    auto stmt = db.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?1) ORDER BY cid"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, table);
    QStringList columns;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        columns << stmt->columnText(0);
    }
    return columns;
}

QString quoted(const QString& identifier)
{
    return QLatin1Char('"') + identifier + QLatin1Char('"');
}

} // namespace

UndoLog::UndoLog(Database& db) : m_db(db) {}

Status UndoLog::install(const QStringList& tables)
{
    if (auto st = m_db.exec(
            QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS undo_log (seq INTEGER PRIMARY KEY, "
                           "tbl TEXT NOT NULL, sql TEXT NOT NULL)"));
        !st) {
        return st;
    }
    for (const QString& table : tables) {
        auto columns = columnsOf(m_db, table);
        if (!columns) {
            return columns.error();
        }
        QStringList assignments;
        QStringList values;
        for (const QString& column : std::as_const(*columns)) {
            assignments << QStringLiteral("%1='||quote(old.%1)||'").arg(quoted(column));
            values << QStringLiteral("'||quote(old.%1)||'").arg(quoted(column));
        }
        const QString t = quoted(table);
        const QString script =
            QStringLiteral(
                "CREATE TEMP TRIGGER IF NOT EXISTS undo_%1_insert AFTER INSERT ON main.%2 BEGIN "
                "INSERT INTO undo_log(tbl, sql) VALUES('%1', 'DELETE FROM %2 WHERE "
                "rowid='||new.rowid); "
                "END;"
                "CREATE TEMP TRIGGER IF NOT EXISTS undo_%1_update AFTER UPDATE ON main.%2 BEGIN "
                "INSERT INTO undo_log(tbl, sql) VALUES('%1', 'UPDATE %2 SET %3 WHERE "
                "rowid='||old.rowid); "
                "END;"
                "CREATE TEMP TRIGGER IF NOT EXISTS undo_%1_delete BEFORE DELETE ON main.%2 BEGIN "
                "INSERT INTO undo_log(tbl, sql) VALUES('%1', 'INSERT INTO %2(rowid,%4) "
                "VALUES('||old.rowid||',%5)'); "
                "END;")
                .arg(table, t, assignments.join(QLatin1Char(',')), columns->join(QLatin1Char(',')),
                     values.join(QLatin1Char(',')));
        if (auto st = m_db.exec(script); !st) {
            return st;
        }
    }
    return {};
}

Result<qint64> UndoLog::lastSequence()
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT ifnull(max(seq), 0) FROM temp.undo_log"));
    if (!stmt) {
        return stmt.error();
    }
    auto row = stmt->step();
    if (!row) {
        return row.error();
    }
    return stmt->columnInt(0);
}

Result<qint64> UndoLog::mark()
{
    auto last = lastSequence();
    if (!last) {
        return last.error();
    }
    return *last + 1;
}

QSet<QString> UndoLog::record(const QString& label, qint64 mark)
{
    auto last = lastSequence();
    if (!last || *last < mark) {
        return {}; // nothing changed: nothing to undo
    }
    auto tables = tablesIn(mark, *last);
    m_undo.append(Action{label, mark, *last, tables ? *tables : QSet<QString>{}});
    // The redo entries stay in the log table (harmless, temporary); only the stack forgets them.
    m_redo.clear();
    return m_undo.last().tables;
}

Result<QSet<QString>> UndoLog::tablesIn(qint64 first, qint64 last)
{
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT DISTINCT tbl FROM temp.undo_log WHERE seq BETWEEN ?1 AND ?2"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, first).bind(2, last);
    QSet<QString> tables;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        tables.insert(stmt->columnText(0));
    }
    return tables;
}

Result<UndoLog::Action> UndoLog::replay(const Action& action)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.beginStatus().error();
    }
    auto start = mark();
    if (!start) {
        return start.error();
    }
    QStringList inverses;
    {
        auto stmt = m_db.prepare(QStringLiteral(
            "SELECT sql FROM temp.undo_log WHERE seq BETWEEN ?1 AND ?2 ORDER BY seq DESC"));
        if (!stmt) {
            return stmt.error();
        }
        stmt->bind(1, action.first).bind(2, action.last);
        while (true) {
            auto row = stmt->step();
            if (!row) {
                return row.error();
            }
            if (!*row) {
                break;
            }
            inverses << stmt->columnText(0);
        }
    }
    for (const QString& sql : std::as_const(inverses)) {
        if (auto st = m_db.exec(sql); !st) {
            return st.error();
        }
    }
    {
        auto del =
            m_db.prepare(QStringLiteral("DELETE FROM temp.undo_log WHERE seq BETWEEN ?1 AND ?2"));
        if (!del) {
            return del.error();
        }
        del->bind(1, action.first).bind(2, action.last);
        if (auto st = del->run(); !st) {
            return st.error();
        }
    }
    auto last = lastSequence();
    if (!last) {
        return last.error();
    }
    if (auto st = tx.commit(); !st) {
        return st.error();
    }
    return Action{action.label, *start, *last, action.tables};
}

Result<QSet<QString>> UndoLog::undo()
{
    if (m_undo.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("There is nothing to undo."));
    }
    auto redone = replay(m_undo.last());
    if (!redone) {
        return redone.error();
    }
    m_undo.removeLast();
    m_redo.append(*redone);
    return redone->tables;
}

Result<QSet<QString>> UndoLog::redo()
{
    if (m_redo.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("There is nothing to redo."));
    }
    auto undone = replay(m_redo.last());
    if (!undone) {
        return undone.error();
    }
    m_redo.removeLast();
    m_undo.append(*undone);
    return undone->tables;
}

Status UndoLog::clear()
{
    m_undo.clear();
    m_redo.clear();
    return m_db.exec(QStringLiteral("DELETE FROM temp.undo_log"));
}

} // namespace tessera
