#pragma once

#include "common/Result.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace tessera {

class Database;

// Unbounded undo/redo for a project session, recorded by SQLite itself: temporary triggers on
// every user table write the inverse SQL of each row change into a temporary log. An action
// is the range of log entries one API call produced; undoing it replays those inverses in
// reverse order, which records the redo entries the same way. Because it works on rows, every
// mutating call is undoable without writing an inverse by hand for each, including cascades
// like deleting a code with its codings.
class UndoLog {
public:
    struct Action {
        QString label;
        qint64 first = 0; // log sequence numbers, inclusive
        qint64 last = -1;
        QSet<QString> tables; // touched tables, for change notification
    };

    explicit UndoLog(Database& db);

    // Creates the temporary log table and triggers on this connection.
    Status install(const QStringList& tables);

    // Call inside the action's transaction, before its first write.
    Result<qint64> mark();
    // Call after the action's transaction committed. Actions that changed nothing are dropped.
    // A new action clears the redo stack. Returns the tables the action touched.
    QSet<QString> record(const QString& label, qint64 mark);

    bool canUndo() const { return !m_undo.isEmpty(); }
    bool canRedo() const { return !m_redo.isEmpty(); }
    QString undoLabel() const { return m_undo.isEmpty() ? QString() : m_undo.last().label; }
    QString redoLabel() const { return m_redo.isEmpty() ? QString() : m_redo.last().label; }

    // Each runs in one transaction; on success returns the tables that changed.
    Result<QSet<QString>> undo();
    Result<QSet<QString>> redo();

    // Forget history (e.g. after a schema migration).
    Status clear();

private:
    Result<Action> replay(const Action& action);
    Result<qint64> lastSequence();
    Result<QSet<QString>> tablesIn(qint64 first, qint64 last);

    Database& m_db;
    QList<Action> m_undo;
    QList<Action> m_redo;
};

} // namespace tessera
