#include "Project.h"
#include "ProjectInternals.h"
#include "common/Environment.h"

namespace tessera {

using namespace internal;

Result<ParticipantId> Project::addParticipant(const QString& pseudonym)
{
    if (auto st = checkName(pseudonym, QStringLiteral("participant")); !st) {
        return st.error();
    }
    if (idWithName(*m_db, QStringLiteral("SELECT id, pseudonym FROM participants"), pseudonym)) {
        return makeError(
            ErrorCode::Conflict,
            QStringLiteral("A participant called “%1” already exists.").arg(pseudonym));
    }
    return action(tr("Add participant “%1”").arg(pseudonym), [&]() -> Result<ParticipantId> {
        if (auto st = run(
                *m_db, QStringLiteral("INSERT INTO participants(guid, pseudonym) VALUES (?1, ?2)"),
                Environment::newGuid(), pseudonym);
            !st) {
            return st.error();
        }
        return ParticipantId(m_db->lastInsertId());
    });
}

QList<Participant> Project::participants() const
{
    QList<Participant> list;
    forEachRow(
        *m_db,
        QStringLiteral("SELECT id, guid, pseudonym, memo FROM participants ORDER BY pseudonym, id"),
        [&](Statement& s) {
            list << Participant{ParticipantId(s.columnInt(0)), s.columnText(1), s.columnText(2),
                                s.columnText(3)};
        });
    return list;
}

Status Project::linkSpeakerToParticipant(SpeakerId speaker,
                                         std::optional<ParticipantId> participant)
{
    if (!scalar(*m_db, QStringLiteral("SELECT id FROM speakers WHERE id = ?1"), speaker.value)) {
        return notFound(QStringLiteral("No speaker with id %1.").arg(speaker.value));
    }
    if (participant && !scalar(*m_db, QStringLiteral("SELECT id FROM participants WHERE id = ?1"),
                               participant->value)) {
        return notFound(QStringLiteral("No participant with id %1.").arg(participant->value));
    }
    return action(tr("Link speaker to participant"), [&] {
        return run(*m_db, QStringLiteral("UPDATE speakers SET participant_id = ?1 WHERE id = ?2"),
                   participant ? std::optional<qint64>(participant->value) : std::nullopt,
                   speaker.value);
    });
}

Status Project::setParticipantMemo(ParticipantId id, const QString& memo)
{
    if (!scalar(*m_db, QStringLiteral("SELECT id FROM participants WHERE id = ?1"), id.value)) {
        return notFound(QStringLiteral("No participant with id %1.").arg(id.value));
    }
    return action(tr("Edit participant memo"), [&] {
        return run(*m_db, QStringLiteral("UPDATE participants SET memo = ?1 WHERE id = ?2"), memo,
                   id.value);
    });
}

Result<CoderId> Project::addCoder(const QString& name, const QString& color)
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
                Environment::newGuid(), name,
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

} // namespace tessera
