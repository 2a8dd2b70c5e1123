#include "Project.h"
#include "ProjectInternals.h"
#include "common/Environment.h"

#include <QRegularExpression>
#include <QSet>

namespace tessera {

using namespace internal;

namespace {

// Numbered labels that transcription services and survey exports reuse in every file: "P3" in
// focus group 1 and "P3" in focus group 2 are different people.
bool isGenericLabel(const QString& label)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(p|participant|person|speaker|respondent|r|interviewee)\\s*#?\\s*\\d+$"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(label.trimmed()).hasMatch();
}

// A short form of a group or document name for pseudonym prefixes: "Focus group 2" → "FG2",
// "FG 3" → "FG3", "Group 10" → "G10". Names that do not end in a number are kept whole, since
// initials alone ("SW" for "Social workers") would read as a code.
QString shortForm(const QString& name)
{
    static const QRegularExpression numbered(QStringLiteral("^(\\D*?)\\s*(\\d+)$"));
    static const QRegularExpression separators(QStringLiteral("[\\s_\\-]+"));
    const QString trimmed = name.trimmed();
    const QRegularExpressionMatch match = numbered.match(trimmed);
    if (!match.hasMatch()) {
        return trimmed;
    }
    const QStringList words = match.captured(1).split(separators, Qt::SkipEmptyParts);
    if (words.isEmpty()) {
        return trimmed;
    }
    QString initials;
    if (words.size() == 1 && words.first().size() <= 3) {
        initials = words.first();
    } else {
        for (const QString& word : words) {
            initials += word.at(0).toUpper();
        }
    }
    return initials + match.captured(2);
}

// `base`, or "base (2)", "base (3)", ... whichever is not taken yet (case-insensitively).
QString untakenName(const QString& base, const QSet<QString>& taken)
{
    QString candidate = base;
    for (int n = 2; taken.contains(foldedName(candidate)); ++n) {
        candidate = QStringLiteral("%1 (%2)").arg(base).arg(n);
    }
    return candidate;
}

Status checkParticipantExists(Database& db, ParticipantId id)
{
    if (!scalar(db, QStringLiteral("SELECT id FROM participants WHERE id = ?1"), id.value)) {
        return notFound(QStringLiteral("No participant with id %1 in this project. List them with "
                                       "“participants”.")
                            .arg(id.value));
    }
    return {};
}

} // namespace

namespace internal {

Result<ParticipantId> insertParticipant(Database& db, const QString& pseudonym, const QString& guid)
{
    if (auto st =
            run(db, QStringLiteral("INSERT INTO participants(guid, pseudonym) VALUES (?1, ?2)"),
                guidOrNew(guid), pseudonym);
        !st) {
        return st.error();
    }
    return ParticipantId(db.lastInsertId());
}

QHash<QString, qint64> participantsByFoldedPseudonym(Database& db)
{
    QHash<QString, qint64> byName;
    forEachRow(db, QStringLiteral("SELECT id, pseudonym FROM participants ORDER BY id"),
               [&](Statement& s) { byName.insert(foldedName(s.columnText(1)), s.columnInt(0)); });
    return byName;
}

} // namespace internal

Result<ParticipantId> Project::addParticipant(const QString& pseudonym, const QString& guid)
{
    if (auto st = checkName(pseudonym, QStringLiteral("participant")); !st) {
        return st.error();
    }
    if (idWithName(*m_db, QStringLiteral("SELECT id, pseudonym FROM participants"), pseudonym)) {
        return makeError(
            ErrorCode::Conflict,
            QStringLiteral("A participant called “%1” already exists.").arg(pseudonym));
    }
    return action(tr("Add participant “%1”").arg(pseudonym),
                  [&] { return insertParticipant(*m_db, pseudonym, guid); });
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

std::optional<Participant> Project::participant(ParticipantId id) const
{
    std::optional<Participant> found;
    forEachRow(
        *m_db, QStringLiteral("SELECT id, guid, pseudonym, memo FROM participants WHERE id = ?1"),
        [&](Statement& s) {
            found = Participant{ParticipantId(s.columnInt(0)), s.columnText(1), s.columnText(2),
                                s.columnText(3)};
        },
        id.value);
    return found;
}

Result<Participant> Project::findParticipant(const QString& idOrPseudonym) const
{
    const QString key = idOrPseudonym.trimmed();
    // A pseudonym wins over an id: respondent ids are often plain numbers ("17").
    if (auto id =
            idWithName(*m_db, QStringLiteral("SELECT id, pseudonym FROM participants"), key)) {
        if (auto found = participant(ParticipantId(*id))) {
            return *found;
        }
    }
    bool isNumber = false;
    const qint64 id = key.toLongLong(&isNumber);
    if (isNumber) {
        if (auto found = participant(ParticipantId(id))) {
            return *found;
        }
    }
    return notFound(QStringLiteral("No participant “%1” in this project. List them with "
                                   "“participants”.")
                        .arg(idOrPseudonym));
}

Status Project::renameParticipant(ParticipantId id, const QString& pseudonym)
{
    const auto existing = participant(id);
    if (!existing) {
        return checkParticipantExists(*m_db, id);
    }
    if (auto st = checkName(pseudonym, QStringLiteral("participant")); !st) {
        return st;
    }
    if (auto other =
            idWithName(*m_db, QStringLiteral("SELECT id, pseudonym FROM participants"), pseudonym);
        other && *other != id.value) {
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("A participant called “%1” already exists. Choose another "
                                        "pseudonym, or link the speakers to that participant.")
                             .arg(pseudonym));
    }
    return action(tr("Rename participant “%1”").arg(existing->pseudonym), [&] {
        return run(*m_db, QStringLiteral("UPDATE participants SET pseudonym = ?1 WHERE id = ?2"),
                   pseudonym, id.value);
    });
}

Status Project::deleteParticipant(ParticipantId id)
{
    const auto existing = participant(id);
    if (!existing) {
        return checkParticipantExists(*m_db, id);
    }
    return action(tr("Delete participant “%1”").arg(existing->pseudonym), [&]() -> Status {
        for (const char* sql :
             {"UPDATE speakers SET participant_id = NULL WHERE participant_id = ?1",
              "DELETE FROM participant_attributes WHERE participant_id = ?1",
              "DELETE FROM survey_respondents WHERE participant_id = ?1",
              "DELETE FROM participants WHERE id = ?1"}) {
            if (auto st = run(*m_db, QString::fromLatin1(sql), id.value); !st) {
                return st;
            }
        }
        return {};
    });
}

Status Project::linkSpeakerToParticipant(SpeakerId speaker,
                                         std::optional<ParticipantId> participant)
{
    if (!scalar(*m_db, QStringLiteral("SELECT id FROM speakers WHERE id = ?1"), speaker.value)) {
        return notFound(QStringLiteral("No speaker with id %1.").arg(speaker.value));
    }
    if (participant) {
        if (auto st = checkParticipantExists(*m_db, *participant); !st) {
            return st;
        }
    }
    return action(tr("Link speaker to participant"), [&] {
        return run(*m_db, QStringLiteral("UPDATE speakers SET participant_id = ?1 WHERE id = ?2"),
                   participant ? std::optional<qint64>(participant->value) : std::nullopt,
                   speaker.value);
    });
}

Status Project::setParticipantMemo(ParticipantId id, const QString& memo)
{
    if (auto st = checkParticipantExists(*m_db, id); !st) {
        return st;
    }
    return action(tr("Edit participant memo"), [&] {
        return run(*m_db, QStringLiteral("UPDATE participants SET memo = ?1 WHERE id = ?2"), memo,
                   id.value);
    });
}

QList<Speaker> Project::speakersOfParticipant(ParticipantId id) const
{
    QList<Speaker> list;
    for (const Speaker& s : allSpeakers()) {
        if (s.participantId == id) {
            list << s;
        }
    }
    return list;
}

QList<SpeakerLinkSuggestion> Project::suggestSpeakerLinks(DocumentId documentId) const
{
    const auto doc = document(documentId);
    if (!doc) {
        return {};
    }
    QHash<QString, Participant> byName; // folded pseudonym -> participant
    QHash<qint64, QString> pseudonyms;
    QSet<QString> taken;
    for (const Participant& p : participants()) {
        byName.insert(foldedName(p.pseudonym), p);
        pseudonyms.insert(p.id.value, p.pseudonym);
        taken.insert(foldedName(p.pseudonym));
    }
    const QString prefix = shortForm(doc->groupName.isEmpty() ? doc->name : doc->groupName);
    QList<SpeakerLinkSuggestion> suggestions;
    for (const Speaker& speaker : speakers(documentId)) {
        SpeakerLinkSuggestion s;
        s.speaker = speaker.id;
        s.label = speaker.label;
        s.role = speaker.role;
        const auto same = byName.constFind(foldedName(speaker.label.trimmed()));
        if (speaker.participantId) {
            s.participant = speaker.participantId;
            s.pseudonym = pseudonyms.value(speaker.participantId->value);
            s.reason = tr("already linked");
        } else if (speaker.role == SpeakerRole::Facilitator || isFacilitatorLabel(speaker.label)) {
            // Facilitators are not cases of the study: no new participant is proposed. One
            // already recorded under the label (a researcher who is also interviewed) is offered.
            s.role = SpeakerRole::Facilitator;
            if (same != byName.constEnd()) {
                s.participant = same->id;
                s.pseudonym = same->pseudonym;
                s.reason = tr("facilitator with the same name as an existing participant");
            } else {
                s.reason = tr("facilitator: not linked to a participant");
            }
        } else if (isGenericLabel(speaker.label)) {
            s.pseudonym =
                untakenName(QStringLiteral("%1 %2").arg(prefix, speaker.label.trimmed()), taken);
            s.reason = tr("numbered label, a new participant of “%1”").arg(prefix);
        } else if (same != byName.constEnd()) {
            s.participant = same->id;
            s.pseudonym = same->pseudonym;
            s.reason = tr("same name as an existing participant");
        } else {
            s.pseudonym = speaker.label.trimmed();
            s.reason = tr("new participant named after the speaker");
        }
        if (!s.pseudonym.isEmpty()) {
            taken.insert(foldedName(s.pseudonym));
        }
        suggestions << s;
    }
    return suggestions;
}

Status Project::applySpeakerLinks(const QList<SpeakerLink>& links)
{
    QSet<qint64> seen;
    for (const SpeakerLink& link : links) {
        if (!scalar(*m_db, QStringLiteral("SELECT id FROM speakers WHERE id = ?1"),
                    link.speaker.value)) {
            return notFound(QStringLiteral("No speaker with id %1: no links were changed.")
                                .arg(link.speaker.value));
        }
        if (seen.contains(link.speaker.value)) {
            return invalid(QStringLiteral("Speaker %1 is given twice: no links were changed. Give "
                                          "each speaker once.")
                               .arg(link.speaker.value));
        }
        seen.insert(link.speaker.value);
        const QString pseudonym = link.pseudonym.trimmed();
        if (!pseudonym.isEmpty()) {
            if (auto st = checkName(pseudonym, QStringLiteral("participant")); !st) {
                return st;
            }
        }
    }
    if (links.isEmpty()) {
        return {};
    }
    return action(tr("Link speakers"), [&]() -> Status {
        QHash<QString, qint64> byName = participantsByFoldedPseudonym(*m_db);
        for (const SpeakerLink& link : links) {
            const QString pseudonym = link.pseudonym.trimmed();
            std::optional<qint64> participantId;
            if (!pseudonym.isEmpty()) {
                const QString key = foldedName(pseudonym);
                if (!byName.contains(key)) {
                    auto created = insertParticipant(*m_db, pseudonym);
                    if (!created) {
                        return created.error();
                    }
                    byName.insert(key, created->value);
                }
                participantId = byName.value(key);
            }
            // Unchanged speakers are left alone so undo replays only real changes.
            if (auto st = run(*m_db,
                              QStringLiteral("UPDATE speakers SET role = ?1, participant_id = ?2 "
                                             "WHERE id = ?3 AND (role IS NOT ?1 OR "
                                             "participant_id IS NOT ?2)"),
                              speakerRoleName(link.role), participantId, link.speaker.value);
                !st) {
                return st;
            }
        }
        return {};
    });
}

} // namespace tessera
