#include "Project.h"
#include "ProjectInternals.h"
#include "map/ThematicMap.h"

#include <QSet>

#include <cmath>

// Theme development (merge, split, key quotes per theme), the unthemed-code list and the
// thematic map's stored positions.

namespace tessera {

using namespace internal;

namespace {

// The theme ?1 and every theme below it. UNION (not UNION ALL) ends the recursion even on a
// damaged file whose parent links form a cycle.
const QString kSubtree =
    QStringLiteral("WITH RECURSIVE subtree(id) AS (SELECT ?1 UNION SELECT t.id FROM themes t "
                   "JOIN subtree s ON t.parent_id = s.id) ");

// Map positions far outside any real map would make an exported picture enormous; a stored
// coordinate that large can only be a bug in the caller.
constexpr double kMaxMapCoordinate = 1.0e6;

std::optional<qint64> themeNamed(Database& db, std::optional<qint64> parent, const QString& name)
{
    return siblingNamed(db, QStringLiteral("themes"), parent, name);
}

// Node key -> display name, for every theme and code that can appear on the map.
QHash<QString, QString> mapNodeNames(Database& db)
{
    QHash<QString, QString> names;
    forEachRow(db, QStringLiteral("SELECT guid, name FROM themes"), [&](Statement& s) {
        names.insert(mapNodeKeyForTheme(s.columnText(0)), s.columnText(1));
    });
    forEachRow(db, QStringLiteral("SELECT guid, name FROM codes"), [&](Statement& s) {
        names.insert(mapNodeKeyForCode(s.columnText(0)), s.columnText(1));
    });
    return names;
}

Status deleteThemeMapPosition(Database& db, qint64 theme)
{
    return run(db,
               QStringLiteral("DELETE FROM map_positions WHERE node_key = (SELECT 'theme:' || guid "
                              "FROM themes WHERE id = ?1)"),
               theme);
}

// Folds theme `src` into `dst` inside the caller's transaction: links, key quotes, subthemes
// (same-named ones merged in turn), concept and memo; then deletes `src`.
Status mergeThemeInto(Database& db, qint64 src, qint64 dst)
{
    // Until it is deleted, the source's name must not clash with a subtheme that moves up next
    // to it (merging "A/B" into "A" when "A/B/B" exists), nor be mistaken for a same-named
    // sibling of one. Its GUID is unique and never a theme's name.
    if (auto st = run(db, QStringLiteral("UPDATE themes SET name = guid WHERE id = ?1"), src);
        !st) {
        return st;
    }
    // INSERT OR IGNORE: a code in both themes keeps its one link to the target.
    for (const char* sql :
         {"INSERT OR IGNORE INTO code_themes(code_id, theme_id) SELECT code_id, ?2 FROM "
          "code_themes WHERE theme_id = ?1 ORDER BY rowid",
          "DELETE FROM code_themes WHERE theme_id = ?1",
          "INSERT OR IGNORE INTO theme_key_quotes(theme_id, coding_id) SELECT ?2, coding_id FROM "
          "theme_key_quotes WHERE theme_id = ?1 ORDER BY rowid",
          "DELETE FROM theme_key_quotes WHERE theme_id = ?1"}) {
        if (auto st = run(db, QString::fromLatin1(sql), src, dst); !st) {
            return st;
        }
    }
    QList<std::pair<qint64, QString>> children;
    forEachRow(
        db,
        QStringLiteral("SELECT id, name FROM themes WHERE parent_id = ?1 ORDER BY position, id"),
        [&](Statement& s) {
            children.append({s.columnInt(0), s.columnText(1)});
        },
        src);
    for (const auto& [childId, childName] : children) {
        if (auto same = themeNamed(db, dst, childName)) {
            if (auto st = mergeThemeInto(db, childId, *same); !st) {
                return st;
            }
            continue;
        }
        const qint64 position =
            scalar(db,
                   QStringLiteral(
                       "SELECT ifnull(max(position), -1) + 1 FROM themes WHERE parent_id = ?1"),
                   dst)
                .value_or(0);
        if (auto st = run(
                db, QStringLiteral("UPDATE themes SET parent_id = ?1, position = ?2 WHERE id = ?3"),
                dst, position, childId);
            !st) {
            return st;
        }
    }
    QString srcConcept;
    QString srcMemo;
    QString dstConcept;
    QString dstMemo;
    forEachRow(
        db, QStringLiteral("SELECT id, concept, memo FROM themes WHERE id IN (?1, ?2)"),
        [&](Statement& s) {
            (s.columnInt(0) == src ? srcConcept : dstConcept) = s.columnText(1);
            (s.columnInt(0) == src ? srcMemo : dstMemo) = s.columnText(2);
        },
        src, dst);
    // A theme has one central organising concept: the target's stands when it has one. Memos are
    // the team's reflexive notes, so both are kept rather than one silently dropped.
    const QString organisingConcept = dstConcept.isEmpty() ? srcConcept : dstConcept;
    const QString memo = joinMemos(dstMemo, srcMemo);
    if (organisingConcept != dstConcept || memo != dstMemo) {
        if (auto st =
                run(db, QStringLiteral("UPDATE themes SET concept = ?1, memo = ?2 WHERE id = ?3"),
                    organisingConcept, memo, dst);
            !st) {
            return st;
        }
    }
    if (auto st = deleteThemeMapPosition(db, src); !st) {
        return st;
    }
    return run(db, QStringLiteral("DELETE FROM themes WHERE id = ?1"), src);
}

} // namespace

QList<CodeId> Project::unthemedCodes() const
{
    QSet<qint64> linked;
    forEachRow(*m_db, QStringLiteral("SELECT DISTINCT code_id FROM code_themes"),
               [&](Statement& s) { linked.insert(s.columnInt(0)); });
    QList<CodeId> list;
    for (const Code& c : codes()) {
        if (!linked.contains(c.id.value)) {
            list << c.id;
        }
    }
    return list;
}

Status Project::mergeThemes(ThemeId source, ThemeId target)
{
    const auto from = theme(source);
    const auto into = theme(target);
    if (!from || !into) {
        return notFound(QStringLiteral("Both themes must exist to merge them."));
    }
    if (source == target) {
        return invalid(QStringLiteral("Cannot merge the theme “%1” into itself.").arg(from->path));
    }
    if (isWithinTree(themes(), target, source)) {
        return invalid(QStringLiteral("Cannot merge “%1” into its own subtheme “%2”. Move the "
                                      "subtheme out first, or merge the other way round.")
                           .arg(from->path, into->path));
    }
    return action(tr("Merge theme “%1” into “%2”").arg(from->path, into->path),
                  [&] { return mergeThemeInto(*m_db, source.value, target.value); });
}

Result<ThemeId> Project::splitTheme(ThemeId themeId, const QList<CodeId>& codesToMove,
                                    const ThemeFields& newTheme)
{
    const auto original = theme(themeId);
    if (!original) {
        return notFound(QStringLiteral("No theme with id %1.").arg(themeId.value));
    }
    if (auto st = checkName(newTheme.name, QStringLiteral("theme")); !st) {
        return st.error();
    }
    if (auto st = checkColor(newTheme.color); !st) {
        return st.error();
    }
    if (codesToMove.isEmpty()) {
        return invalid(QStringLiteral("Choose at least one code of “%1” to move into the new "
                                      "theme “%2”.")
                           .arg(original->path, newTheme.name));
    }
    const QList<CodeId> linked = codesOfTheme(themeId);
    QList<CodeId> moving;
    for (CodeId c : codesToMove) {
        if (!linked.contains(c)) {
            const auto row = code(c);
            if (!row) {
                return notFound(QStringLiteral("No code with id %1.").arg(c.value));
            }
            return invalid(QStringLiteral("“%1” is not in the theme “%2”, so it cannot move to the "
                                          "new theme. Only the theme's own codes can be split "
                                          "off.")
                               .arg(row->path, original->path));
        }
        if (!moving.contains(c)) {
            moving << c;
        }
    }
    const std::optional<qint64> parent =
        original->parentId ? std::optional<qint64>(original->parentId->value) : std::nullopt;
    if (themeNamed(*m_db, parent, newTheme.name)) {
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("A theme named “%1” already exists next to “%2”. Choose "
                                        "another name for the new theme.")
                             .arg(newTheme.name, original->path));
    }
    return action(
        tr("Split “%1” off theme “%2”").arg(newTheme.name, original->fields.name),
        [&]() -> Result<ThemeId> {
            auto created = insertTheme(*m_db, newTheme, parent);
            if (!created) {
                return created.error();
            }
            // Right after the original among its siblings, so the two read as a pair.
            QList<qint64> siblings;
            forEachRow(
                *m_db,
                QStringLiteral("SELECT id FROM themes WHERE ifnull(parent_id, 0) = ?1 AND id != ?2 "
                               "ORDER BY position, id"),
                [&](Statement& s) { siblings << s.columnInt(0); }, parent.value_or(0), *created);
            if (auto st = placeInTree(*m_db, QStringLiteral("themes"), *created, parent,
                                      int(siblings.indexOf(themeId.value)) + 1);
                !st) {
                return st.error();
            }
            for (CodeId c : std::as_const(moving)) {
                for (const char* sql :
                     {"DELETE FROM code_themes WHERE code_id = ?1 AND theme_id = ?2",
                      "INSERT INTO code_themes(code_id, theme_id) VALUES (?1, ?3)",
                      "UPDATE theme_key_quotes SET theme_id = ?3 WHERE theme_id = ?2 AND "
                      "coding_id IN (SELECT id FROM codings WHERE code_id = ?1)"}) {
                    if (auto st =
                            run(*m_db, QString::fromLatin1(sql), c.value, themeId.value, *created);
                        !st) {
                        return st.error();
                    }
                }
            }
            return ThemeId(*created);
        });
}

Status Project::setThemeKeyQuote(ThemeId themeId, CodingId codingId, bool key)
{
    const auto t = theme(themeId);
    if (!t) {
        return notFound(QStringLiteral("No theme with id %1.").arg(themeId.value));
    }
    const auto c = coding(codingId);
    if (!c) {
        return notFound(QStringLiteral("No coding with id %1.").arg(codingId.value));
    }
    if (key && !scalar(*m_db,
                       kSubtree + QStringLiteral("SELECT 1 FROM code_themes WHERE code_id = ?2 "
                                                 "AND theme_id IN subtree LIMIT 1"),
                       themeId.value, c->codeId.value)) {
        const auto codeRow = code(c->codeId);
        return invalid(QStringLiteral("The passage is coded “%1”, which is not in the theme “%2” "
                                      "or its subthemes. Add the code to the theme before "
                                      "marking the passage as one of its key quotes.")
                           .arg(codeRow ? codeRow->path : QString(), t->path));
    }
    const QString label = key ? tr("Mark key quote for “%1”").arg(t->fields.name)
                              : tr("Unmark key quote for “%1”").arg(t->fields.name);
    return action(label, [&] {
        return run(*m_db,
                   key ? QStringLiteral("INSERT OR IGNORE INTO theme_key_quotes(theme_id, "
                                        "coding_id) VALUES (?1, ?2)")
                       : QStringLiteral("DELETE FROM theme_key_quotes WHERE theme_id = ?1 AND "
                                        "coding_id = ?2"),
                   themeId.value, codingId.value);
    });
}

// In reading order (document, then position). A mark whose code has since left the theme
// (unlinked, or its subtheme moved elsewhere) is not shown; it shows again if the code returns,
// so unlinking by mistake and linking back loses no choices.
QList<CodingId> Project::themeKeyQuotes(ThemeId themeId) const
{
    QList<CodingId> list;
    forEachRow(
        *m_db,
        kSubtree + QStringLiteral("SELECT k.coding_id FROM theme_key_quotes k "
                                  "JOIN codings c ON c.id = k.coding_id "
                                  "JOIN documents d ON d.id = c.document_id "
                                  "WHERE k.theme_id = ?1 AND c.code_id IN (SELECT code_id FROM "
                                  "code_themes WHERE theme_id IN subtree) "
                                  "ORDER BY d.position, d.id, c.start, c.end, c.id"),
        [&](Statement& s) { list << CodingId(s.columnInt(0)); }, themeId.value);
    return list;
}

QHash<QString, QPointF> Project::mapPositions() const
{
    QHash<QString, QPointF> positions;
    forEachRow(*m_db, QStringLiteral("SELECT node_key, x, y FROM map_positions"),
               [&](Statement& s) {
                   positions.insert(s.columnText(0), QPointF(s.columnDouble(1), s.columnDouble(2)));
               });
    return positions;
}

Status Project::setMapPositions(const QHash<QString, QPointF>& positions)
{
    if (positions.isEmpty()) {
        return {};
    }
    const QHash<QString, QString> names = mapNodeNames(*m_db);
    // Sorted: QHash order differs between runs, and writes and messages should not.
    QStringList keys = positions.keys();
    keys.sort();
    for (const QString& key : std::as_const(keys)) {
        if (!names.contains(key)) {
            return invalid(QStringLiteral("“%1” is not a node of this project's thematic map. "
                                          "Node keys are theme:<GUID> or code:<GUID> of an "
                                          "existing theme or code.")
                               .arg(key));
        }
        const QPointF p = positions.value(key);
        if (!std::isfinite(p.x()) || !std::isfinite(p.y())) {
            return invalid(QStringLiteral("The map position given for “%1” is not a finite "
                                          "number.")
                               .arg(names.value(key)));
        }
        if (std::abs(p.x()) > kMaxMapCoordinate || std::abs(p.y()) > kMaxMapCoordinate) {
            return invalid(QStringLiteral("The map position given for “%1” (%2, %3) is outside "
                                          "the map (at most %4 from the centre).")
                               .arg(names.value(key))
                               .arg(p.x())
                               .arg(p.y())
                               .arg(kMaxMapCoordinate));
        }
    }
    const QString label = keys.size() == 1
                              ? tr("Move “%1” on the map").arg(names.value(keys.first()))
                              : tr("Arrange the thematic map");
    return action(label, [&]() -> Status {
        for (const QString& key : std::as_const(keys)) {
            const QPointF p = positions.value(key);
            // The WHERE clause skips unchanged rows, so re-saving a layout adds no undo step.
            if (auto st = run(*m_db,
                              QStringLiteral("INSERT INTO map_positions(node_key, x, y) VALUES "
                                             "(?1, ?2, ?3) ON CONFLICT(node_key) DO UPDATE SET "
                                             "x = excluded.x, y = excluded.y WHERE x != excluded.x "
                                             "OR y != excluded.y"),
                              key, p.x(), p.y());
                !st) {
                return st;
            }
        }
        return {};
    });
}

Status Project::clearMapPositions()
{
    return action(tr("Reset the map layout"),
                  [&] { return run(*m_db, QStringLiteral("DELETE FROM map_positions")); });
}

} // namespace tessera
