#pragma once

// Helpers shared by the Project*.cpp files; not part of the public API.

#include "io/DataTable.h"
#include "io/ImportedDocument.h"
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
Result<qint64> insertTheme(Database& db, const ThemeFields& fields, std::optional<qint64> parent,
                           const QString& guid = {});
Status checkColor(const QString& color);
QString joinMemos(const QString& a, const QString& b);

QString timestamp(const QDateTime& time); // ISO 8601 UTC with milliseconds
QDateTime parseTimestamp(const QString& text);

// --- Documents (ProjectDocuments.cpp), shared with survey import ---------------------------

// A document row with its speakers and turns, as addDocument and importSurvey store them.
struct DocumentInsert {
    QString guid; // empty = a new one
    QString name;
    QString text;
    QString format; // "txt", "vtt", "csv", ...
    QString sourceName;
    std::optional<qint64> groupId;
    QList<ImportedTurn> turns; // checked by the caller: inside the text, in order
    // Survey answers: a respondent's speaker is linked to its participant at once and is never
    // taken for a facilitator (respondent ids like "I" or "Host" are ids, not roles).
    QHash<QString, qint64> participantOfLabel;
    bool detectFacilitators = true;
};
Result<DocumentId> insertDocument(Database& db, const DocumentInsert& document);
// The group with this name (case-insensitive), created at the end when new.
Result<qint64> groupNamed(Database& db, const QString& name);
// Deletes a document with its codings, their per-theme key quotes, turns, speakers and
// attribute values; a survey question whose answers it held keeps the question, unlinked.
Status deleteDocumentRows(Database& db, DocumentId id);
// Labels that name the facilitator role ("Facilitator", "Moderator (Jo)", "Interviewer", "I").
bool isFacilitatorLabel(const QString& label);

// --- Participants and attributes (ProjectParticipants.cpp, ProjectAttributes.cpp) ----------

// Unicode case folding: the key under which names compare equal ignoring case.
inline QString foldedName(const QString& name)
{
    return name.toCaseFolded();
}
Result<ParticipantId> insertParticipant(Database& db, const QString& pseudonym,
                                        const QString& guid = {});
// Pseudonym (folded) -> participant id, for matching many names at once.
QHash<QString, qint64> participantsByFoldedPseudonym(Database& db);

std::optional<AttributeDefinition> readAttribute(Database& db, AttributeScope scope,
                                                 const QString& name);
QList<AttributeDefinition> readAttributes(Database& db, AttributeScope scope);
// Inserts a definition at the end of its scope (its position is ignored).
Status insertAttribute(Database& db, const AttributeDefinition& definition);
// Updates type, categories and multi-select of the definition with this exact scope and name.
Status updateAttribute(Database& db, const AttributeDefinition& definition);
// Checks a user-given attribute name: like checkName, but "/" is allowed (survey questions such
// as "Works with children/families?" become attribute names).
Status checkAttributeName(const QString& name);
// The value as stored: trimmed; a multi-select value as its options joined by ';'.
QString normaliseAttributeValue(const AttributeDefinition& definition, const QString& value);
// Why `value` does not fit the attribute ("“abc” is not a number ..."); empty when it fits.
QString attributeValueProblem(const AttributeDefinition& definition, const QString& value);
// Sets (or, for an empty value, clears) one stored value, without checks.
Status putAttributeValue(Database& db, AttributeScope scope, qint64 owner, const QString& name,
                         const QString& value);
// The type a column's values (non-empty, trimmed) suggest: all numbers, all ISO dates, a few
// repeated values (a category, its categories in the order first met), else text.
AttributeDefinition inferAttribute(AttributeScope scope, const QString& name,
                                   const QStringList& values);
// Adds the values (for multi-select, their options) missing from the definition's categories,
// in the order met. Returns whether anything was added.
bool mergeCategoryValues(AttributeDefinition& definition, const QStringList& values);
// "row 4 (line 5)" for a DataTable row, for messages.
QString tableRowLabel(const DataTable& table, int index);

Error notFound(const QString& what);
Error invalid(const QString& message);
// Checks a user-given name: not empty after trimming, no '/' (paths use it), no control chars.
Status checkName(const QString& name, const QString& what);
// `guid` when given (REFI-QDA import keeps the file's GUIDs), else Environment::newGuid().
QString guidOrNew(const QString& guid);

} // namespace internal
} // namespace tessera
