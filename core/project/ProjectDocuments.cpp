#include "Project.h"
#include "ProjectInternals.h"
#include "common/Environment.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace tessera {

using namespace internal;

namespace {

const QString kDocumentColumns =
    QStringLiteral("d.id, d.guid, d.name, d.group_id, ifnull(g.name, ''), d.source_name, d.format, "
                   "d.imported_at, d.content_hash, d.length, "
                   "(SELECT count(*) FROM turns t WHERE t.document_id = d.id), d.memo "
                   "FROM documents d LEFT JOIN document_groups g ON g.id = d.group_id");

Document readDocument(Statement& s)
{
    Document d;
    d.id = DocumentId(s.columnInt(0));
    d.guid = s.columnText(1);
    d.name = s.columnText(2);
    if (auto group = s.columnOptionalInt(3)) {
        d.groupId = GroupId(*group);
    }
    d.groupName = s.columnText(4);
    d.sourceName = s.columnText(5);
    d.format = s.columnText(6);
    d.importedAt = parseTimestamp(s.columnText(7));
    d.contentHash = s.columnText(8);
    d.length = s.columnInt(9);
    d.turnCount = int(s.columnInt(10));
    d.memo = s.columnText(11);
    return d;
}

} // namespace

namespace internal {

// The role word may stand anywhere in the label ("Facilitator", "Dana Facilitator",
// "Moderator (Jo)"); a bare "I" is the interviewer in the I:/R: convention.
bool isFacilitatorLabel(const QString& label)
{
    static const QRegularExpression pattern(
        QStringLiteral("\\b(facilitator|moderator|interviewer|researcher|host)\\b|^i$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return pattern.match(label.trimmed()).hasMatch();
}

Result<qint64> groupNamed(Database& db, const QString& name)
{
    if (auto existing =
            idWithName(db, QStringLiteral("SELECT id, name FROM document_groups"), name)) {
        return *existing;
    }
    const qint64 position =
        scalar(db, QStringLiteral("SELECT ifnull(max(position), -1) + 1 FROM document_groups"))
            .value_or(0);
    if (auto st = run(
            db,
            QStringLiteral("INSERT INTO document_groups(guid, name, position) VALUES (?1, ?2, ?3)"),
            Environment::newGuid(), name, position);
        !st) {
        return st.error();
    }
    return db.lastInsertId();
}

Result<DocumentId> insertDocument(Database& db, const DocumentInsert& document)
{
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(document.text.toUtf8(), QCryptographicHash::Sha256).toHex());
    const qint64 position =
        scalar(db, QStringLiteral("SELECT ifnull(max(position), -1) + 1 FROM documents"))
            .value_or(0);
    if (auto st = run(db,
                      QStringLiteral("INSERT INTO documents(guid, name, group_id, text, length, "
                                     "source_name, format, imported_at, content_hash, position) "
                                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"),
                      guidOrNew(document.guid), document.name, document.groupId, document.text,
                      document.text.size(), document.sourceName, document.format,
                      timestamp(Environment::now()), hash, position);
        !st) {
        return st.error();
    }
    const DocumentId documentId(db.lastInsertId());
    QHash<QString, qint64> speakerIds;
    int index = 0;
    for (const ImportedTurn& turn : document.turns) {
        std::optional<qint64> speakerId;
        if (!turn.speaker.isEmpty()) {
            auto found = speakerIds.constFind(turn.speaker);
            if (found == speakerIds.constEnd()) {
                const bool facilitator =
                    document.detectFacilitators && isFacilitatorLabel(turn.speaker);
                const auto participant = document.participantOfLabel.constFind(turn.speaker);
                if (auto st = run(db,
                                  QStringLiteral("INSERT INTO speakers(document_id, label, role, "
                                                 "participant_id) VALUES (?1, ?2, ?3, ?4)"),
                                  documentId.value, turn.speaker,
                                  speakerRoleName(facilitator ? SpeakerRole::Facilitator
                                                              : SpeakerRole::Participant),
                                  participant == document.participantOfLabel.constEnd()
                                      ? std::nullopt
                                      : std::optional<qint64>(participant.value()));
                    !st) {
                    return st.error();
                }
                found = speakerIds.insert(turn.speaker, db.lastInsertId());
            }
            speakerId = found.value();
        }
        if (auto st = run(db,
                          QStringLiteral("INSERT INTO turns(document_id, idx, speaker_id, start, "
                                         "end, begin_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
                          documentId.value, index++, speakerId, turn.start, turn.end, turn.beginMs);
            !st) {
            return st.error();
        }
    }
    return documentId;
}

Status deleteDocumentRows(Database& db, DocumentId id)
{
    for (const char* sql :
         {"DELETE FROM theme_key_quotes WHERE coding_id IN (SELECT id FROM codings WHERE "
          "document_id = ?1)",
          "DELETE FROM codings WHERE document_id = ?1", "DELETE FROM turns WHERE document_id = ?1",
          "DELETE FROM speakers WHERE document_id = ?1",
          "DELETE FROM document_attributes WHERE document_id = ?1",
          "UPDATE survey_questions SET document_id = NULL WHERE document_id = ?1",
          "DELETE FROM documents WHERE id = ?1"}) {
        if (auto st = run(db, QString::fromLatin1(sql), id.value); !st) {
            return st;
        }
    }
    return {};
}

} // namespace internal

Result<GroupId> Project::groupForName(const QString& name)
{
    auto group = groupNamed(*m_db, name);
    if (!group) {
        return group.error();
    }
    return GroupId(*group);
}

Result<DocumentId> Project::addDocument(const QString& name, const ImportedDocument& imported,
                                        const QString& sourceName, const QString& groupName,
                                        const QString& guid)
{
    if (auto st = checkName(name, QStringLiteral("document")); !st) {
        return st.error();
    }
    if (!groupName.isEmpty()) {
        if (auto st = checkName(groupName, QStringLiteral("group")); !st) {
            return st.error();
        }
    }
    if (idWithName(*m_db, QStringLiteral("SELECT id, name FROM documents"), name)) {
        return makeError(
            ErrorCode::Conflict,
            QStringLiteral("A document named “%1” already exists in this project. "
                           "Rename one of them (the CLI's --name option sets the name).")
                .arg(name));
    }
    for (const ImportedTurn& turn : imported.turns) {
        if (turn.start < 0 || turn.start > turn.end || turn.end > imported.text.size()) {
            return invalid(
                QStringLiteral("Internal error: a turn of “%1” lies outside its text.").arg(name));
        }
    }
    return action(tr("Import “%1”").arg(name), [&]() -> Result<DocumentId> {
        DocumentInsert row;
        row.guid = guid;
        row.name = name;
        row.text = imported.text;
        row.format = formatName(imported.format);
        row.sourceName = sourceName;
        row.turns = imported.turns;
        if (!groupName.isEmpty()) {
            auto group = groupForName(groupName);
            if (!group) {
                return group.error();
            }
            row.groupId = group->value;
        }
        return insertDocument(*m_db, row);
    });
}

QList<Document> Project::documents() const
{
    QList<Document> list;
    forEachRow(*m_db,
               QStringLiteral("SELECT ") + kDocumentColumns +
                   QStringLiteral(" ORDER BY ifnull(g.position, -1), d.position, d.id"),
               [&](Statement& s) { list << readDocument(s); });
    return list;
}

std::optional<Document> Project::document(DocumentId id) const
{
    std::optional<Document> doc;
    forEachRow(
        *m_db, QStringLiteral("SELECT ") + kDocumentColumns + QStringLiteral(" WHERE d.id = ?1"),
        [&](Statement& s) { doc = readDocument(s); }, id.value);
    return doc;
}

Result<Document> Project::findDocument(const QString& idOrName) const
{
    std::optional<Document> doc;
    forEachRow(
        *m_db, QStringLiteral("SELECT ") + kDocumentColumns + QStringLiteral(" WHERE d.name = ?1"),
        [&](Statement& s) { doc = readDocument(s); }, idOrName);
    if (!doc) {
        bool isNumber = false;
        const qint64 id = idOrName.toLongLong(&isNumber);
        if (isNumber) {
            doc = document(DocumentId(id));
        }
    }
    if (!doc) {
        return notFound(QStringLiteral("No document “%1” in this project. List them with "
                                       "“documents”.")
                            .arg(idOrName));
    }
    return *doc;
}

QString Project::documentText(DocumentId id) const
{
    QString text;
    forEachRow(
        *m_db, QStringLiteral("SELECT text FROM documents WHERE id = ?1"),
        [&](Statement& s) { text = s.columnText(0); }, id.value);
    return text;
}

Status Project::renameDocument(DocumentId id, const QString& name)
{
    const auto doc = document(id);
    if (!doc) {
        return notFound(QStringLiteral("No document with id %1.").arg(id.value));
    }
    if (auto st = checkName(name, QStringLiteral("document")); !st) {
        return st;
    }
    if (auto other = idWithName(*m_db, QStringLiteral("SELECT id, name FROM documents"), name);
        other && *other != id.value) {
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("A document named “%1” already exists.").arg(name));
    }
    return action(tr("Rename document “%1”").arg(doc->name), [&] {
        return run(*m_db, QStringLiteral("UPDATE documents SET name = ?1 WHERE id = ?2"), name,
                   id.value);
    });
}

Status Project::setDocumentGroup(DocumentId id, const QString& groupName)
{
    const auto doc = document(id);
    if (!doc) {
        return notFound(QStringLiteral("No document with id %1.").arg(id.value));
    }
    if (!groupName.isEmpty()) {
        if (auto st = checkName(groupName, QStringLiteral("group")); !st) {
            return st;
        }
    }
    return action(tr("Move “%1” to a group").arg(doc->name), [&]() -> Status {
        std::optional<qint64> groupId;
        if (!groupName.isEmpty()) {
            auto group = groupForName(groupName);
            if (!group) {
                return group.error();
            }
            groupId = group->value;
        }
        return run(*m_db, QStringLiteral("UPDATE documents SET group_id = ?1 WHERE id = ?2"),
                   groupId, id.value);
    });
}

Status Project::setDocumentMemo(DocumentId id, const QString& memo)
{
    const auto doc = document(id);
    if (!doc) {
        return notFound(QStringLiteral("No document with id %1.").arg(id.value));
    }
    return action(tr("Edit memo of “%1”").arg(doc->name), [&] {
        return run(*m_db, QStringLiteral("UPDATE documents SET memo = ?1 WHERE id = ?2"), memo,
                   id.value);
    });
}

Status Project::deleteDocument(DocumentId id)
{
    const auto doc = document(id);
    if (!doc) {
        return notFound(QStringLiteral("No document with id %1.").arg(id.value));
    }
    return action(tr("Delete document “%1”").arg(doc->name),
                  [&] { return deleteDocumentRows(*m_db, id); });
}

QList<DocumentGroup> Project::groups() const
{
    QList<DocumentGroup> list;
    forEachRow(*m_db,
               QStringLiteral("SELECT id, guid, name FROM document_groups ORDER BY position, id"),
               [&](Statement& s) {
                   list << DocumentGroup{GroupId(s.columnInt(0)), s.columnText(1), s.columnText(2)};
               });
    return list;
}

QList<Turn> Project::turns(DocumentId id) const
{
    QList<Turn> list;
    forEachRow(
        *m_db,
        QStringLiteral("SELECT t.id, t.idx, t.speaker_id, ifnull(s.label, ''), t.start, t.end, "
                       "t.begin_ms FROM turns t LEFT JOIN speakers s ON s.id = t.speaker_id "
                       "WHERE t.document_id = ?1 ORDER BY t.idx"),
        [&](Statement& s) {
            Turn t;
            t.id = TurnId(s.columnInt(0));
            t.documentId = id;
            t.index = int(s.columnInt(1));
            if (auto speaker = s.columnOptionalInt(2)) {
                t.speakerId = SpeakerId(*speaker);
            }
            t.speaker = s.columnText(3);
            t.start = s.columnInt(4);
            t.end = s.columnInt(5);
            t.beginMs = s.columnOptionalInt(6);
            list << t;
        },
        id.value);
    return list;
}

namespace {
Speaker readSpeaker(Statement& s)
{
    Speaker sp;
    sp.id = SpeakerId(s.columnInt(0));
    sp.documentId = DocumentId(s.columnInt(1));
    sp.label = s.columnText(2);
    sp.role = speakerRoleFromName(s.columnText(3)).value_or(SpeakerRole::Participant);
    if (auto p = s.columnOptionalInt(4)) {
        sp.participantId = ParticipantId(*p);
    }
    return sp;
}
} // namespace

QList<Speaker> Project::speakers(DocumentId id) const
{
    QList<Speaker> list;
    forEachRow(
        *m_db,
        QStringLiteral("SELECT id, document_id, label, role, participant_id FROM speakers "
                       "WHERE document_id = ?1 ORDER BY id"),
        [&](Statement& s) { list << readSpeaker(s); }, id.value);
    return list;
}

QList<Speaker> Project::allSpeakers() const
{
    QList<Speaker> list;
    forEachRow(*m_db,
               QStringLiteral("SELECT id, document_id, label, role, participant_id FROM speakers "
                              "ORDER BY document_id, id"),
               [&](Statement& s) { list << readSpeaker(s); });
    return list;
}

Status Project::setSpeakerRole(SpeakerId id, SpeakerRole role)
{
    if (!scalar(*m_db, QStringLiteral("SELECT id FROM speakers WHERE id = ?1"), id.value)) {
        return notFound(QStringLiteral("No speaker with id %1.").arg(id.value));
    }
    return action(tr("Change speaker role"), [&] {
        return run(*m_db, QStringLiteral("UPDATE speakers SET role = ?1 WHERE id = ?2"),
                   speakerRoleName(role), id.value);
    });
}

} // namespace tessera
