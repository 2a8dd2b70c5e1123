#include "Project.h"
#include "ProjectInternals.h"
#include "common/Environment.h"

namespace tessera {

using namespace internal;

namespace {

const QString kBlindCodingKey = QStringLiteral("blind_coding");

} // namespace

Result<CoderId> Project::addCoder(const QString& name, const QString& color, const QString& guid)
{
    if (auto st = checkName(name, QStringLiteral("coder")); !st) {
        return st.error();
    }
    if (auto st = checkColor(color); !st) {
        return st.error();
    }
    if (idWithName(*m_db, QStringLiteral("SELECT id, name FROM coders"), name)) {
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("A coder called “%1” already exists.").arg(name));
    }
    return action(tr("Add coder “%1”").arg(name), [&]() -> Result<CoderId> {
        const qint64 count =
            scalar(*m_db, QStringLiteral("SELECT count(*) FROM coders")).value_or(0);
        if (auto st = run(
                *m_db, QStringLiteral("INSERT INTO coders(guid, name, color) VALUES (?1, ?2, ?3)"),
                guidOrNew(guid), name,
                color.isEmpty() ? paletteColor(int(count) * 3) : color.toUpper());
            !st) {
            return st.error();
        }
        return CoderId(m_db->lastInsertId());
    });
}

QList<Coder> Project::coders() const
{
    QList<Coder> list;
    forEachRow(*m_db, QStringLiteral("SELECT id, guid, name, color FROM coders ORDER BY id"),
               [&](Statement& s) {
                   list << Coder{CoderId(s.columnInt(0)), s.columnText(1), s.columnText(2),
                                 s.columnText(3)};
               });
    return list;
}

std::optional<Coder> Project::coder(CoderId id) const
{
    std::optional<Coder> found;
    forEachRow(
        *m_db, QStringLiteral("SELECT id, guid, name, color FROM coders WHERE id = ?1"),
        [&](Statement& s) {
            found =
                Coder{CoderId(s.columnInt(0)), s.columnText(1), s.columnText(2), s.columnText(3)};
        },
        id.value);
    return found;
}

Result<Coder> Project::findCoder(const QString& name) const
{
    for (const Coder& c : coders()) {
        if (c.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            return c;
        }
    }
    return notFound(QStringLiteral("No coder “%1” in this project. List them with “coders”, or "
                                   "add one.")
                        .arg(name));
}

bool Project::blindCoding() const
{
    return setting(kBlindCodingKey) == QLatin1String("1");
}

Status Project::setBlindCoding(bool on)
{
    if (blindCoding() == on) {
        return {};
    }
    return action(on ? tr("Turn blind coding on") : tr("Turn blind coding off"), [&] {
        return putSetting(kBlindCodingKey, on ? QStringLiteral("1") : QStringLiteral("0"));
    });
}

} // namespace tessera
