#pragma once

// Helpers shared by the Project*.cpp files; not part of the public API.

#include "project/Project.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "storage/UndoLog.h"

namespace tessera {

template <typename Body> auto Project::action(const QString& label, Body&& body) -> decltype(body())
{
    Transaction tx(*m_db);
    if (!tx.isActive()) {
        return tx.beginStatus().error();
    }
    auto mark = m_undo->mark();
    if (!mark) {
        return mark.error();
    }
    auto result = body();
    if (!result) {
        return result; // the transaction guard rolls everything back
    }
    if (auto st = tx.commit(); !st) {
        return st.error();
    }
    if (auto st = finishAction(label, *mark); !st) {
        return st.error();
    }
    return result;
}

namespace internal {

// Runs a statement that returns no rows, with positional parameters.
template <typename... Args> Status run(Database& db, const QString& sql, const Args&... args)
{
    auto stmt = db.prepare(sql);
    if (!stmt) {
        return stmt.error();
    }
    int index = 0;
    (stmt->bind(++index, args), ...);
    return stmt->run();
}

// Iterates rows of a query; `onRow(Statement&)` is called per row. Errors are swallowed into an
// empty/partial result for read APIs only after being logged: reads on a healthy file do not fail.
template <typename OnRow, typename... Args>
void forEachRow(Database& db, const QString& sql, OnRow&& onRow, const Args&... args)
{
    auto stmt = db.prepare(sql);
    if (!stmt) {
        qWarning("Query failed: %s", qPrintable(stmt.error().message));
        return;
    }
    int index = 0;
    (stmt->bind(index += 1, args), ...);
    while (true) {
        auto row = stmt->step();
        if (!row) {
            qWarning("Query failed: %s", qPrintable(row.error().message));
            return;
        }
        if (!*row) {
            return;
        }
        onRow(*stmt);
    }
}

// A single integer (count, id) or nullopt when the query has no row.
template <typename... Args>
std::optional<qint64> scalar(Database& db, const QString& sql, const Args&... args)
{
    std::optional<qint64> value;
    forEachRow(
        db, sql, [&](Statement& s) { value = s.columnOptionalInt(0); }, args...);
    return value;
}

// Orders tree rows (codes or themes; loaded in sibling order) depth-first, each parent before
// its children, and fills in depth and "Parent/Child" path. An explicit stack keeps deep
// trees from overflowing the call stack.
template <typename Node> QList<Node> orderAsTree(const QList<Node>& rows)
{
    QHash<qint64, QList<int>> children; // parent id (0 = root) -> row indexes in sibling order
    for (int i = 0; i < rows.size(); ++i) {
        children[rows[i].parentId ? rows[i].parentId->value : 0].append(i);
    }
    struct Frame {
        int row;
        int depth;
        QString parentPath;
    };
    QList<Frame> stack;
    const QList<int> roots = children.value(0);
    for (auto it = roots.crbegin(); it != roots.crend(); ++it) {
        stack.append(Frame{*it, 0, QString()});
    }
    QList<Node> ordered;
    ordered.reserve(rows.size());
    while (!stack.isEmpty()) {
        const Frame frame = stack.takeLast();
        Node node = rows[frame.row];
        node.depth = frame.depth;
        node.path = frame.parentPath.isEmpty()
                        ? node.fields.name
                        : frame.parentPath + QLatin1Char('/') + node.fields.name;
        const QList<int> kids = children.value(node.id.value);
        for (auto it = kids.crbegin(); it != kids.crend(); ++it) {
            stack.append(Frame{*it, frame.depth + 1, node.path});
        }
        ordered << node;
    }
    return ordered;
}

// Names from the root down to `id` in a tree table ("codes" or "themes"), by a recursive query.
QStringList ancestorNames(Database& db, const QString& table, qint64 id);

// Fills depth and path of a single tree node from its root-to-node names.
template <typename Node> void placeInPath(Node& node, const QStringList& rootToNode)
{
    node.depth = int(rootToNode.size()) - 1;
    node.path = rootToNode.join(QLatin1Char('/'));
}

// Whether `candidate` is `ancestor` itself or lies below it in the tree.
template <typename Node, typename NodeId>
bool isWithinTree(const QList<Node>& all, NodeId candidate, NodeId ancestor)
{
    QHash<qint64, std::optional<NodeId>> parents;
    for (const Node& node : all) {
        parents.insert(node.id.value, node.parentId);
    }
    std::optional<NodeId> current = candidate;
    for (int guard = 0; current && guard <= all.size(); ++guard) {
        if (*current == ancestor) {
            return true;
        }
        current = parents.value(current->value);
    }
    return false;
}

// Id of the first row of `sql` (selecting id, name) whose name equals `name` ignoring case by
// Unicode rules (SQLite's NOCASE folds ASCII only: "Über" and "über" must clash too).
template <typename... Args>
std::optional<qint64> idWithName(Database& db, const QString& sql, const QString& name,
                                 const Args&... args)
{
    std::optional<qint64> found;
    forEachRow(
        db, sql,
        [&](Statement& s) {
            if (!found && s.columnText(1).compare(name, Qt::CaseInsensitive) == 0) {
                found = s.columnInt(0);
            }
        },
        args...);
    return found;
}

// Id of the row in `table` ("codes" or "themes") with this name under this parent.
std::optional<qint64> siblingNamed(Database& db, const QString& table, std::optional<qint64> parent,
                                   const QString& name);
// Re-parents a row of a tree table and places it at `position` among its new siblings
// (-1 = last), renumbering the siblings.
Status placeInTree(Database& db, const QString& table, qint64 id, std::optional<qint64> parent,
                   int position);
// Inserts a theme as the last child of `parent` (a palette colour when none is given), without
// checking names; addTheme and splitTheme share it so both pick colours the same way.
Result<qint64> insertTheme(Database& db, const ThemeFields& fields, std::optional<qint64> parent);
Status checkColor(const QString& color);
QString joinMemos(const QString& a, const QString& b);

QString timestamp(const QDateTime& time); // ISO 8601 UTC with milliseconds
QDateTime parseTimestamp(const QString& text);

Error notFound(const QString& what);
Error invalid(const QString& message);
// Checks a user-given name: not empty after trimming, no '/' (paths use it), no control chars.
Status checkName(const QString& name, const QString& what);

} // namespace internal
} // namespace tessera
