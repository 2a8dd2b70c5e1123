#include "Project.h"
#include "ProjectInternals.h"
#include "common/Environment.h"

#include <QHash>

#include <functional>
#include <tuple>

namespace tessera {

using namespace internal;

namespace {

std::optional<qint64> siblingNamed(Database& db, std::optional<CodeId> parent, const QString& name)
{
    return internal::siblingNamed(db, QStringLiteral("codes"),
                                  parent ? std::optional<qint64>(parent->value) : std::nullopt,
                                  name);
}

} // namespace

Result<CodeId> Project::addCode(const CodeFields& fields, std::optional<CodeId> parent,
                                const QString& guid)
{
    if (auto st = checkName(fields.name, QStringLiteral("code")); !st) {
        return st.error();
    }
    if (auto st = checkColor(fields.color); !st) {
        return st.error();
    }
    std::optional<Code> parentCode;
    if (parent) {
        parentCode = code(*parent);
        if (!parentCode) {
            return notFound(
                QStringLiteral("The parent code (id %1) does not exist.").arg(parent->value));
        }
    }
    if (siblingNamed(*m_db, parent, fields.name)) {
        return makeError(
            ErrorCode::Conflict,
            QStringLiteral("A code named “%1” already exists %2. Choose another name.")
                .arg(fields.name, parentCode ? QStringLiteral("under “%1”").arg(parentCode->path)
                                             : QStringLiteral("at the top level")));
    }
    return action(tr("Create code “%1”").arg(fields.name), [&]() -> Result<CodeId> {
        const qint64 count =
            scalar(*m_db, QStringLiteral("SELECT count(*) FROM codes")).value_or(0);
        const qint64 position =
            scalar(*m_db,
                   QStringLiteral("SELECT ifnull(max(position), -1) + 1 FROM codes WHERE "
                                  "ifnull(parent_id, 0) = ?1"),
                   parent ? parent->value : 0)
                .value_or(0);
        const QString color =
            fields.color.isEmpty() ? paletteColor(int(count)) : fields.color.toUpper();
        std::optional<qint64> parentId;
        if (parent) {
            parentId = parent->value;
        }
        if (auto st =
                run(*m_db,
                    QStringLiteral("INSERT INTO codes(guid, parent_id, name, color, description, "
                                   "inclusion, exclusion, example, memo, position, created_at) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"),
                    guidOrNew(guid), parentId, fields.name, color, fields.description,
                    fields.inclusion, fields.exclusion, fields.example, fields.memo, position,
                    timestamp(Environment::now()));
            !st) {
            return st.error();
        }
        return CodeId(m_db->lastInsertId());
    });
}

namespace {

const QString kCodeColumns = QStringLiteral(
    "SELECT id, guid, parent_id, name, color, description, inclusion, exclusion, example, memo, "
    "position, created_at FROM codes");

Code readCode(Statement& s)
{
    Code c;
    c.id = CodeId(s.columnInt(0));
    c.guid = s.columnText(1);
    if (auto p = s.columnOptionalInt(2)) {
        c.parentId = CodeId(*p);
    }
    c.fields.name = s.columnText(3);
    c.fields.color = s.columnText(4);
    c.fields.description = s.columnText(5);
    c.fields.inclusion = s.columnText(6);
    c.fields.exclusion = s.columnText(7);
    c.fields.example = s.columnText(8);
    c.fields.memo = s.columnText(9);
    c.position = int(s.columnInt(10));
    c.createdAt = parseTimestamp(s.columnText(11));
    return c;
}

} // namespace

QList<Code> Project::codes() const
{
    QList<Code> rows;
    forEachRow(*m_db, kCodeColumns + QStringLiteral(" ORDER BY position, id"),
               [&](Statement& s) { rows << readCode(s); });
    return orderAsTree(rows);
}

// One row and its ancestors' names: views and actions ask for single codes constantly, and
// reading the whole tree for each would make a 1,000-code project sluggish.
std::optional<Code> Project::code(CodeId id) const
{
    std::optional<Code> found;
    forEachRow(
        *m_db, kCodeColumns + QStringLiteral(" WHERE id = ?1"),
        [&](Statement& s) { found = readCode(s); }, id.value);
    if (found) {
        placeInPath(*found, ancestorNames(*m_db, QStringLiteral("codes"), id.value));
    }
    return found;
}

Result<Code> Project::findCodeByPath(const QString& path) const
{
    const QString wanted = path.trimmed();
    for (const Code& c : codes()) {
        if (c.path.compare(wanted, Qt::CaseInsensitive) == 0) {
            return c;
        }
    }
    return notFound(QStringLiteral("No code “%1” in this project. Paths look like Parent/Child; "
                                   "list them with “codes”.")
                        .arg(path));
}

Status Project::renameCode(CodeId id, const QString& name)
{
    const auto c = code(id);
    if (!c) {
        return notFound(QStringLiteral("No code with id %1.").arg(id.value));
    }
    CodeFields fields = c->fields;
    fields.name = name;
    return updateCode(id, fields);
}

Status Project::updateCode(CodeId id, const CodeFields& fields)
{
    const auto c = code(id);
    if (!c) {
        return notFound(QStringLiteral("No code with id %1.").arg(id.value));
    }
    if (auto st = checkName(fields.name, QStringLiteral("code")); !st) {
        return st;
    }
    if (auto st = checkColor(fields.color); !st) {
        return st;
    }
    if (auto other = siblingNamed(*m_db, c->parentId, fields.name); other && *other != id.value) {
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("A code named “%1” already exists at that level. Choose "
                                        "another name, or merge the two codes.")
                             .arg(fields.name));
    }
    const QString label = c->fields.name != fields.name
                              ? tr("Rename code “%1” to “%2”").arg(c->fields.name, fields.name)
                              : tr("Edit code “%1”").arg(c->fields.name);
    return action(label, [&] {
        return run(
            *m_db,
            QStringLiteral("UPDATE codes SET name = ?1, color = ?2, description = ?3, "
                           "inclusion = ?4, exclusion = ?5, example = ?6, memo = ?7 WHERE id = ?8"),
            fields.name, fields.color.isEmpty() ? c->fields.color : fields.color.toUpper(),
            fields.description, fields.inclusion, fields.exclusion, fields.example, fields.memo,
            id.value);
    });
}

Status Project::moveCode(CodeId id, std::optional<CodeId> newParent, int position)
{
    const QList<Code> all = codes();
    const auto c = code(id);
    if (!c) {
        return notFound(QStringLiteral("No code with id %1.").arg(id.value));
    }
    if (newParent) {
        if (!code(*newParent)) {
            return notFound(QStringLiteral("The target parent code (id %1) does not exist.")
                                .arg(newParent->value));
        }
        if (isWithinTree(all, *newParent, id)) {
            return invalid(QStringLiteral("Cannot move “%1” into itself or one of its sub-codes.")
                               .arg(c->path));
        }
    }
    if (auto other = siblingNamed(*m_db, newParent, c->fields.name); other && *other != id.value) {
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("A code named “%1” already exists there. Rename one of "
                                        "them, or merge the two codes.")
                             .arg(c->fields.name));
    }
    return action(tr("Move code “%1”").arg(c->fields.name), [&] {
        return placeInTree(*m_db, QStringLiteral("codes"), id.value,
                           newParent ? std::optional<qint64>(newParent->value) : std::nullopt,
                           position);
    });
}

Status Project::mergeCodes(CodeId source, CodeId target)
{
    const QList<Code> all = codes();
    const auto from = code(source);
    const auto into = code(target);
    if (!from || !into) {
        return notFound(QStringLiteral("Both codes must exist to merge them."));
    }
    if (source == target) {
        return invalid(QStringLiteral("Cannot merge “%1” into itself.").arg(from->path));
    }
    if (isWithinTree(all, target, source)) {
        return invalid(QStringLiteral("Cannot merge “%1” into its own sub-code “%2”. Move the "
                                      "sub-code out first.")
                           .arg(from->path, into->path));
    }
    // Recursive fold: same-named children are merged too, so no sibling names collide.
    std::function<Status(CodeId, CodeId)> mergeInto = [&](CodeId src, CodeId dst) -> Status {
        // The source is deleted below; until then its name must not clash with a child that
        // moves up next to it (merging "A/B" into "A" when "A/B/B" exists), nor be taken for
        // a same-named sibling of that child. Its GUID is unique and never a code's name.
        if (auto st =
                run(*m_db, QStringLiteral("UPDATE codes SET name = guid WHERE id = ?1"), src.value);
            !st) {
            return st;
        }
        QList<std::tuple<qint64, qint64, qint64, qint64, qint64, QString, bool>> moving;
        forEachRow(
            *m_db,
            QStringLiteral("SELECT id, document_id, coder_id, start, end, memo, key_quote "
                           "FROM codings WHERE code_id = ?1"),
            [&](Statement& s) {
                moving.append({s.columnInt(0), s.columnInt(1), s.columnInt(2), s.columnInt(3),
                               s.columnInt(4), s.columnText(5), s.columnInt(6) != 0});
            },
            src.value);
        for (const auto& [codingId, doc, coderId, start, end, memo, key] : moving) {
            std::optional<qint64> duplicate;
            QString duplicateMemo;
            bool duplicateKey = false;
            forEachRow(
                *m_db,
                QStringLiteral("SELECT id, memo, key_quote FROM codings WHERE code_id = ?1 AND "
                               "document_id = ?2 AND coder_id = ?3 AND start = ?4 AND end = ?5"),
                [&](Statement& s) {
                    duplicate = s.columnInt(0);
                    duplicateMemo = s.columnText(1);
                    duplicateKey = s.columnInt(2) != 0;
                },
                dst.value, doc, coderId, start, end);
            if (duplicate) {
                // The folded coding's per-theme key-quote marks carry over to the one kept.
                if (auto st = run(*m_db,
                                  QStringLiteral("INSERT OR IGNORE INTO theme_key_quotes(theme_id, "
                                                 "coding_id) SELECT theme_id, ?1 FROM "
                                                 "theme_key_quotes WHERE coding_id = ?2"),
                                  *duplicate, codingId);
                    !st) {
                    return st;
                }
                if (auto st = run(
                        *m_db, QStringLiteral("DELETE FROM theme_key_quotes WHERE coding_id = ?1"),
                        codingId);
                    !st) {
                    return st;
                }
                if (auto st =
                        run(*m_db, QStringLiteral("DELETE FROM codings WHERE id = ?1"), codingId);
                    !st) {
                    return st;
                }
                if (auto st = run(*m_db,
                                  QStringLiteral("UPDATE codings SET memo = ?1, key_quote = ?2, "
                                                 "updated_at = ?3 WHERE id = ?4"),
                                  joinMemos(duplicateMemo, memo), duplicateKey || key,
                                  timestamp(Environment::now()), *duplicate);
                    !st) {
                    return st;
                }
            } else if (auto st = run(
                           *m_db, QStringLiteral("UPDATE codings SET code_id = ?1 WHERE id = ?2"),
                           dst.value, codingId);
                       !st) {
                return st;
            }
        }
        QList<std::pair<qint64, QString>> children;
        forEachRow(
            *m_db,
            QStringLiteral("SELECT id, name FROM codes WHERE parent_id = ?1 ORDER BY position, id"),
            [&](Statement& s) {
                children.append({s.columnInt(0), s.columnText(1)});
            },
            src.value);
        for (const auto& [childId, childName] : children) {
            if (auto same = siblingNamed(*m_db, dst, childName)) {
                if (auto st = mergeInto(CodeId(childId), CodeId(*same)); !st) {
                    return st;
                }
                continue;
            }
            const qint64 position =
                scalar(*m_db,
                       QStringLiteral(
                           "SELECT ifnull(max(position), -1) + 1 FROM codes WHERE parent_id = ?1"),
                       dst.value)
                    .value_or(0);
            if (auto st = run(
                    *m_db,
                    QStringLiteral("UPDATE codes SET parent_id = ?1, position = ?2 WHERE id = ?3"),
                    dst.value, position, childId);
                !st) {
                return st;
            }
        }
        if (auto st = run(*m_db,
                          QStringLiteral("INSERT OR IGNORE INTO code_themes(code_id, theme_id) "
                                         "SELECT ?1, theme_id FROM code_themes WHERE code_id = ?2"),
                          dst.value, src.value);
            !st) {
            return st;
        }
        if (auto st =
                run(*m_db, QStringLiteral("DELETE FROM code_themes WHERE code_id = ?1"), src.value);
            !st) {
            return st;
        }
        // The team's review travels too: comments move over, and the target keeps its own
        // review status or, having none, takes the source's.
        if (auto st = run(
                *m_db, QStringLiteral("UPDATE code_comments SET code_id = ?1 WHERE code_id = ?2"),
                dst.value, src.value);
            !st) {
            return st;
        }
        if (auto st = run(*m_db,
                          QStringLiteral("INSERT OR IGNORE INTO code_reviews(code_id, status, "
                                         "updated_at) SELECT ?1, status, updated_at FROM "
                                         "code_reviews WHERE code_id = ?2"),
                          dst.value, src.value);
            !st) {
            return st;
        }
        // Fill the target's empty definition fields; never overwrite what the team wrote.
        if (auto st =
                run(*m_db,
                    QStringLiteral("UPDATE codes SET "
                                   "description = CASE WHEN description = '' THEN (SELECT "
                                   "description FROM codes WHERE id = ?2) ELSE description END, "
                                   "inclusion = CASE WHEN inclusion = '' THEN (SELECT inclusion "
                                   "FROM codes WHERE id = ?2) ELSE inclusion END, "
                                   "exclusion = CASE WHEN exclusion = '' THEN (SELECT exclusion "
                                   "FROM codes WHERE id = ?2) ELSE exclusion END, "
                                   "example = CASE WHEN example = '' THEN (SELECT example FROM "
                                   "codes WHERE id = ?2) ELSE example END "
                                   "WHERE id = ?1"),
                    dst.value, src.value);
            !st) {
            return st;
        }
        QString srcMemo;
        QString dstMemo;
        forEachRow(
            *m_db, QStringLiteral("SELECT memo FROM codes WHERE id = ?1"),
            [&](Statement& s) { srcMemo = s.columnText(0); }, src.value);
        forEachRow(
            *m_db, QStringLiteral("SELECT memo FROM codes WHERE id = ?1"),
            [&](Statement& s) { dstMemo = s.columnText(0); }, dst.value);
        if (auto st = run(*m_db,
                          QStringLiteral("UPDATE codes SET memo = ?1 WHERE id = ?2 AND memo != ?1"),
                          joinMemos(dstMemo, srcMemo), dst.value);
            !st) {
            return st;
        }
        // The source's node leaves the map; the target keeps its own place.
        if (auto st = run(*m_db,
                          QStringLiteral("DELETE FROM map_positions WHERE node_key = (SELECT "
                                         "'code:' || guid FROM codes WHERE id = ?1)"),
                          src.value);
            !st) {
            return st;
        }
        return run(*m_db, QStringLiteral("DELETE FROM codes WHERE id = ?1"), src.value);
    };
    return action(tr("Merge code “%1” into “%2”").arg(from->path, into->path),
                  [&] { return mergeInto(source, target); });
}

Status Project::deleteCodeTree(CodeId id)
{
    QList<qint64> children;
    forEachRow(
        *m_db, QStringLiteral("SELECT id FROM codes WHERE parent_id = ?1"),
        [&](Statement& s) { children << s.columnInt(0); }, id.value);
    for (qint64 child : std::as_const(children)) {
        if (auto st = deleteCodeTree(CodeId(child)); !st) {
            return st;
        }
    }
    // Per-theme key quotes point at the codings, the map position at the code: both go first.
    for (const char* sql :
         {"DELETE FROM theme_key_quotes WHERE coding_id IN (SELECT id FROM codings WHERE "
          "code_id = ?1)",
          "DELETE FROM codings WHERE code_id = ?1", "DELETE FROM code_themes WHERE code_id = ?1",
          "DELETE FROM map_positions WHERE node_key = (SELECT 'code:' || guid FROM codes WHERE "
          "id = ?1)",
          "DELETE FROM codes WHERE id = ?1"}) {
        if (auto st = run(*m_db, QString::fromLatin1(sql), id.value); !st) {
            return st;
        }
    }
    return {};
}

Status Project::deleteCode(CodeId id)
{
    const auto c = code(id);
    if (!c) {
        return notFound(QStringLiteral("No code with id %1.").arg(id.value));
    }
    return action(tr("Delete code “%1”").arg(c->path), [&] { return deleteCodeTree(id); });
}

} // namespace tessera
