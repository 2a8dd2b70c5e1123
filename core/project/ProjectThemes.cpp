#include "Project.h"
#include "ProjectInternals.h"
#include "common/Environment.h"

namespace tessera {

using namespace internal;

namespace {

std::optional<qint64> themeNamed(Database& db, std::optional<ThemeId> parent, const QString& name)
{
    return siblingNamed(db, QStringLiteral("themes"),
                        parent ? std::optional<qint64>(parent->value) : std::nullopt, name);
}

} // namespace

Result<ThemeId> Project::addTheme(const ThemeFields& fields, std::optional<ThemeId> parent,
                                  const QString& guid)
{
    if (auto st = checkName(fields.name, QStringLiteral("theme")); !st) {
        return st.error();
    }
    if (auto st = checkColor(fields.color); !st) {
        return st.error();
    }
    std::optional<Theme> parentTheme;
    if (parent) {
        parentTheme = theme(*parent);
        if (!parentTheme) {
            return notFound(
                QStringLiteral("The parent theme (id %1) does not exist.").arg(parent->value));
        }
    }
    if (themeNamed(*m_db, parent, fields.name)) {
        return makeError(
            ErrorCode::Conflict,
            QStringLiteral("A theme named “%1” already exists %2. Choose another name.")
                .arg(fields.name, parentTheme ? QStringLiteral("under “%1”").arg(parentTheme->path)
                                              : QStringLiteral("at the top level")));
    }
    return action(tr("Create theme “%1”").arg(fields.name), [&]() -> Result<ThemeId> {
        auto id = insertTheme(*m_db, fields,
                              parent ? std::optional<qint64>(parent->value) : std::nullopt, guid);
        if (!id) {
            return id.error();
        }
        return ThemeId(*id);
    });
}

namespace internal {

Result<qint64> insertTheme(Database& db, const ThemeFields& fields, std::optional<qint64> parent,
                           const QString& guid)
{
    const qint64 count = scalar(db, QStringLiteral("SELECT count(*) FROM themes")).value_or(0);
    const qint64 position =
        scalar(db,
               QStringLiteral("SELECT ifnull(max(position), -1) + 1 FROM themes WHERE "
                              "ifnull(parent_id, 0) = ?1"),
               parent.value_or(0))
            .value_or(0);
    // Themes take colours from the far end of the palette so they differ from the first codes.
    const QString color =
        fields.color.isEmpty() ? paletteColor(15 - int(count)) : fields.color.toUpper();
    if (auto st = run(db,
                      QStringLiteral("INSERT INTO themes(guid, parent_id, name, concept, status, "
                                     "color, memo, position) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
                                     "?8)"),
                      guidOrNew(guid), parent, fields.name, fields.organisingConcept,
                      themeStatusName(fields.status), color, fields.memo, position);
        !st) {
        return st.error();
    }
    return db.lastInsertId();
}

} // namespace internal

namespace {

const QString kThemeColumns = QStringLiteral(
    "SELECT id, guid, parent_id, name, concept, status, color, memo, position FROM themes");

Theme readTheme(Statement& s)
{
    Theme t;
    t.id = ThemeId(s.columnInt(0));
    t.guid = s.columnText(1);
    if (auto p = s.columnOptionalInt(2)) {
        t.parentId = ThemeId(*p);
    }
    t.fields.name = s.columnText(3);
    t.fields.organisingConcept = s.columnText(4);
    t.fields.status = themeStatusFromName(s.columnText(5)).value_or(ThemeStatus::Candidate);
    t.fields.color = s.columnText(6);
    t.fields.memo = s.columnText(7);
    t.position = int(s.columnInt(8));
    return t;
}

} // namespace

QList<Theme> Project::themes() const
{
    QList<Theme> rows;
    forEachRow(*m_db, kThemeColumns + QStringLiteral(" ORDER BY position, id"),
               [&](Statement& s) { rows << readTheme(s); });
    return orderAsTree(rows);
}

std::optional<Theme> Project::theme(ThemeId id) const
{
    std::optional<Theme> found;
    forEachRow(
        *m_db, kThemeColumns + QStringLiteral(" WHERE id = ?1"),
        [&](Statement& s) { found = readTheme(s); }, id.value);
    if (found) {
        placeInPath(*found, ancestorNames(*m_db, QStringLiteral("themes"), id.value));
    }
    return found;
}

Result<Theme> Project::findTheme(const QString& pathOrName) const
{
    const QString wanted = pathOrName.trimmed();
    const QList<Theme> all = themes();
    for (const Theme& t : all) {
        if (t.path.compare(wanted, Qt::CaseInsensitive) == 0) {
            return t;
        }
    }
    QList<Theme> byName;
    for (const Theme& t : all) {
        if (t.fields.name.compare(wanted, Qt::CaseInsensitive) == 0) {
            byName << t;
        }
    }
    if (byName.size() == 1) {
        return byName.first();
    }
    if (byName.size() > 1) {
        QStringList paths;
        for (const Theme& t : std::as_const(byName)) {
            paths << t.path;
        }
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("More than one theme is called “%1” (%2). Give its path.")
                             .arg(wanted, paths.join(QStringLiteral(", "))));
    }
    return notFound(
        QStringLiteral("No theme “%1” in this project. List them with “themes”.").arg(pathOrName));
}

Status Project::updateTheme(ThemeId id, const ThemeFields& fields)
{
    const auto t = theme(id);
    if (!t) {
        return notFound(QStringLiteral("No theme with id %1.").arg(id.value));
    }
    if (auto st = checkName(fields.name, QStringLiteral("theme")); !st) {
        return st;
    }
    if (auto st = checkColor(fields.color); !st) {
        return st;
    }
    if (auto other = themeNamed(*m_db, t->parentId, fields.name); other && *other != id.value) {
        return makeError(
            ErrorCode::Conflict,
            QStringLiteral("A theme named “%1” already exists at that level.").arg(fields.name));
    }
    return action(tr("Edit theme “%1”").arg(t->fields.name), [&] {
        return run(
            *m_db,
            QStringLiteral("UPDATE themes SET name = ?1, concept = ?2, status = ?3, color = ?4, "
                           "memo = ?5 WHERE id = ?6"),
            fields.name, fields.organisingConcept, themeStatusName(fields.status),
            fields.color.isEmpty() ? t->fields.color : fields.color.toUpper(), fields.memo,
            id.value);
    });
}

Status Project::moveTheme(ThemeId id, std::optional<ThemeId> newParent, int position)
{
    const QList<Theme> all = themes();
    const auto t = theme(id);
    if (!t) {
        return notFound(QStringLiteral("No theme with id %1.").arg(id.value));
    }
    if (newParent) {
        if (!theme(*newParent)) {
            return notFound(QStringLiteral("The target parent theme (id %1) does not exist.")
                                .arg(newParent->value));
        }
        if (isWithinTree(all, *newParent, id)) {
            return invalid(QStringLiteral("Cannot move “%1” into itself or one of its subthemes.")
                               .arg(t->path));
        }
    }
    if (auto other = themeNamed(*m_db, newParent, t->fields.name); other && *other != id.value) {
        return makeError(
            ErrorCode::Conflict,
            QStringLiteral("A theme named “%1” already exists there.").arg(t->fields.name));
    }
    return action(tr("Move theme “%1”").arg(t->fields.name), [&] {
        return placeInTree(*m_db, QStringLiteral("themes"), id.value,
                           newParent ? std::optional<qint64>(newParent->value) : std::nullopt,
                           position);
    });
}

Status Project::deleteThemeTree(ThemeId id)
{
    QList<qint64> children;
    forEachRow(
        *m_db, QStringLiteral("SELECT id FROM themes WHERE parent_id = ?1"),
        [&](Statement& s) { children << s.columnInt(0); }, id.value);
    for (qint64 child : std::as_const(children)) {
        if (auto st = deleteThemeTree(ThemeId(child)); !st) {
            return st;
        }
    }
    // Key quotes and the map position belong to the theme: foreign keys (and a stale map
    // entry) would otherwise outlive it.
    for (const char* sql :
         {"DELETE FROM code_themes WHERE theme_id = ?1",
          "DELETE FROM theme_key_quotes WHERE theme_id = ?1",
          "DELETE FROM map_positions WHERE node_key = (SELECT 'theme:' || guid FROM themes "
          "WHERE id = ?1)",
          "DELETE FROM themes WHERE id = ?1"}) {
        if (auto st = run(*m_db, QString::fromLatin1(sql), id.value); !st) {
            return st;
        }
    }
    return {};
}

Status Project::deleteTheme(ThemeId id)
{
    const auto t = theme(id);
    if (!t) {
        return notFound(QStringLiteral("No theme with id %1.").arg(id.value));
    }
    return action(tr("Delete theme “%1”").arg(t->path), [&] { return deleteThemeTree(id); });
}

Status Project::linkCodeToTheme(CodeId codeId, ThemeId themeId)
{
    const auto c = code(codeId);
    const auto t = theme(themeId);
    if (!c || !t) {
        return notFound(QStringLiteral("Both the code and the theme must exist to link them."));
    }
    if (scalar(*m_db,
               QStringLiteral("SELECT 1 FROM code_themes WHERE code_id = ?1 AND theme_id = ?2"),
               codeId.value, themeId.value)) {
        return makeError(
            ErrorCode::Conflict,
            QStringLiteral("“%1” is already in the theme “%2”.").arg(c->path, t->path));
    }
    return action(tr("Add “%1” to theme “%2”").arg(c->fields.name, t->fields.name), [&] {
        return run(*m_db,
                   QStringLiteral("INSERT INTO code_themes(code_id, theme_id) VALUES (?1, ?2)"),
                   codeId.value, themeId.value);
    });
}

Status Project::unlinkCodeFromTheme(CodeId codeId, ThemeId themeId)
{
    if (!scalar(*m_db,
                QStringLiteral("SELECT 1 FROM code_themes WHERE code_id = ?1 AND theme_id = ?2"),
                codeId.value, themeId.value)) {
        return notFound(QStringLiteral("That code is not in that theme."));
    }
    return action(tr("Remove code from theme"), [&] {
        return run(*m_db,
                   QStringLiteral("DELETE FROM code_themes WHERE code_id = ?1 AND theme_id = ?2"),
                   codeId.value, themeId.value);
    });
}

QList<CodeId> Project::codesOfTheme(ThemeId themeId) const
{
    QList<CodeId> list;
    forEachRow(
        *m_db,
        QStringLiteral("SELECT ct.code_id FROM code_themes ct JOIN codes c ON c.id = ct.code_id "
                       "WHERE ct.theme_id = ?1 ORDER BY ct.rowid"),
        [&](Statement& s) { list << CodeId(s.columnInt(0)); }, themeId.value);
    return list;
}

QList<ThemeId> Project::themesOfCode(CodeId codeId) const
{
    QList<ThemeId> list;
    forEachRow(
        *m_db, QStringLiteral("SELECT theme_id FROM code_themes WHERE code_id = ?1 ORDER BY rowid"),
        [&](Statement& s) { list << ThemeId(s.columnInt(0)); }, codeId.value);
    return list;
}

} // namespace tessera
