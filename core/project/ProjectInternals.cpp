#include "ProjectInternals.h"

namespace tessera::internal {

std::optional<qint64> siblingNamed(Database& db, const QString& table, std::optional<qint64> parent,
                                   const QString& name)
{
    return idWithName(
        db, QStringLiteral("SELECT id, name FROM %1 WHERE ifnull(parent_id, 0) = ?1").arg(table),
        name, parent.value_or(0));
}

Status placeInTree(Database& db, const QString& table, qint64 id, std::optional<qint64> parent,
                   int position)
{
    QList<qint64> siblings;
    forEachRow(
        db,
        QStringLiteral("SELECT id FROM %1 WHERE ifnull(parent_id, 0) = ?1 AND id != ?2 "
                       "ORDER BY position, id")
            .arg(table),
        [&](Statement& s) { siblings << s.columnInt(0); }, parent.value_or(0), id);
    const qsizetype at = (position < 0 || position > siblings.size()) ? siblings.size() : position;
    siblings.insert(at, id);
    if (auto st = run(db, QStringLiteral("UPDATE %1 SET parent_id = ?1 WHERE id = ?2").arg(table),
                      parent, id);
        !st) {
        return st;
    }
    for (qsizetype i = 0; i < siblings.size(); ++i) {
        if (auto st =
                run(db,
                    QStringLiteral("UPDATE %1 SET position = ?1 WHERE id = ?2 AND position != ?1")
                        .arg(table),
                    i, siblings[i]);
            !st) {
            return st;
        }
    }
    return {};
}

QStringList ancestorNames(Database& db, const QString& table, qint64 id)
{
    QStringList names;
    // The depth guard stops a (corrupt) cycle from recursing forever.
    forEachRow(
        db,
        QStringLiteral("WITH RECURSIVE up(id, parent_id, name, depth) AS ("
                       "  SELECT id, parent_id, name, 0 FROM %1 WHERE id = ?1"
                       "  UNION ALL SELECT t.id, t.parent_id, t.name, up.depth + 1 FROM %1 t"
                       "  JOIN up ON t.id = up.parent_id WHERE up.depth < 10000) "
                       "SELECT name FROM up ORDER BY depth DESC")
            .arg(table),
        [&](Statement& s) { names << s.columnText(0); }, id);
    return names;
}

Status checkColor(const QString& color)
{
    if (!color.isEmpty() && !isValidColor(color)) {
        return invalid(QStringLiteral("The colour “%1” is not of the form #RRGGBB (for example "
                                      "#1F77B4).")
                           .arg(color));
    }
    return {};
}

QString joinMemos(const QString& a, const QString& b)
{
    if (a.isEmpty()) {
        return b;
    }
    if (b.isEmpty() || a == b) {
        return a;
    }
    return a + QStringLiteral("\n\n") + b;
}

} // namespace tessera::internal
