#include "Project.h"
#include "ProjectInternals.h"
#include "common/Environment.h"

namespace tessera {

using namespace internal;

// The reflexive journal: dated entries about the analysts' own position and decisions
// (Braun & Clarke's reflexivity), separate from memos attached to data.

Result<JournalEntryId> Project::addJournalEntry(const QString& text, const QDateTime& when)
{
    if (text.trimmed().isEmpty()) {
        return invalid(QStringLiteral("The journal entry is empty. Write something first."));
    }
    const QDateTime at = when.isValid() ? when : Environment::now();
    return action(tr("Add journal entry"), [&]() -> Result<JournalEntryId> {
        if (auto st =
                run(*m_db,
                    QStringLiteral(
                        "INSERT INTO journal_entries(guid, created_at, text) VALUES (?1, ?2, ?3)"),
                    Environment::newGuid(), timestamp(at), text);
            !st) {
            return st.error();
        }
        return JournalEntryId(m_db->lastInsertId());
    });
}

QList<JournalEntry> Project::journal() const
{
    QList<JournalEntry> list;
    forEachRow(
        *m_db,
        QStringLiteral(
            "SELECT id, guid, created_at, text FROM journal_entries ORDER BY created_at, id"),
        [&](Statement& s) {
            list << JournalEntry{JournalEntryId(s.columnInt(0)), s.columnText(1),
                                 parseTimestamp(s.columnText(2)), s.columnText(3)};
        });
    return list;
}

Status Project::updateJournalEntry(JournalEntryId id, const QString& text)
{
    if (!scalar(*m_db, QStringLiteral("SELECT id FROM journal_entries WHERE id = ?1"), id.value)) {
        return notFound(QStringLiteral("No journal entry with id %1.").arg(id.value));
    }
    if (text.trimmed().isEmpty()) {
        return invalid(QStringLiteral("The journal entry is empty. Delete it instead."));
    }
    return action(tr("Edit journal entry"), [&] {
        return run(*m_db, QStringLiteral("UPDATE journal_entries SET text = ?1 WHERE id = ?2"),
                   text, id.value);
    });
}

Status Project::deleteJournalEntry(JournalEntryId id)
{
    if (!scalar(*m_db, QStringLiteral("SELECT id FROM journal_entries WHERE id = ?1"), id.value)) {
        return notFound(QStringLiteral("No journal entry with id %1.").arg(id.value));
    }
    return action(tr("Delete journal entry"), [&] {
        return run(*m_db, QStringLiteral("DELETE FROM journal_entries WHERE id = ?1"), id.value);
    });
}

} // namespace tessera
