#include "Project.h"
#include "ProjectInternals.h"
#include "common/Environment.h"

namespace tessera {

using namespace internal;

// Codebook review: a status per code and the team's comments on codes. Both live in their own
// tables (schema version 5) so a code's definition and its review history change separately.

namespace {

const QString kCommentColumns = QStringLiteral(
    "SELECT c.id, c.guid, c.code_id, c.coder_id, ifnull(k.name, ''), c.created_at, c.text "
    "FROM code_comments c LEFT JOIN coders k ON k.id = c.coder_id");

CodeComment readComment(Statement& s)
{
    CodeComment c;
    c.id = CodeCommentId(s.columnInt(0));
    c.guid = s.columnText(1);
    c.codeId = CodeId(s.columnInt(2));
    if (auto coder = s.columnOptionalInt(3)) {
        c.coderId = CoderId(*coder);
    }
    c.coderName = s.columnText(4);
    c.createdAt = parseTimestamp(s.columnText(5));
    c.text = s.columnText(6);
    return c;
}

} // namespace

Status Project::setCodeReviewStatus(CodeId codeId, std::optional<CodeReviewStatus> status)
{
    const auto c = code(codeId);
    if (!c) {
        return notFound(QStringLiteral("No code with id %1.").arg(codeId.value));
    }
    if (codeReviewStatus(codeId) == status) {
        return {};
    }
    if (!status) {
        return action(tr("Clear review status of “%1”").arg(c->fields.name), [&] {
            return run(*m_db, QStringLiteral("DELETE FROM code_reviews WHERE code_id = ?1"),
                       codeId.value);
        });
    }
    const QString name = codeReviewStatusName(*status);
    return action(tr("Mark “%1” as %2").arg(c->fields.name, name), [&] {
        return run(*m_db,
                   QStringLiteral("INSERT INTO code_reviews(code_id, status, updated_at) "
                                  "VALUES (?1, ?2, ?3) ON CONFLICT(code_id) DO UPDATE SET "
                                  "status = excluded.status, updated_at = excluded.updated_at"),
                   codeId.value, name, timestamp(Environment::now()));
    });
}

std::optional<CodeReviewStatus> Project::codeReviewStatus(CodeId codeId) const
{
    std::optional<CodeReviewStatus> status;
    forEachRow(
        *m_db, QStringLiteral("SELECT status FROM code_reviews WHERE code_id = ?1"),
        [&](Statement& s) { status = codeReviewStatusFromName(s.columnText(0)); }, codeId.value);
    return status;
}

QHash<CodeId, CodeReviewStatus> Project::codeReviewStatuses() const
{
    QHash<CodeId, CodeReviewStatus> statuses;
    forEachRow(*m_db, QStringLiteral("SELECT code_id, status FROM code_reviews"),
               [&](Statement& s) {
                   if (auto status = codeReviewStatusFromName(s.columnText(1))) {
                       statuses.insert(CodeId(s.columnInt(0)), *status);
                   }
               });
    return statuses;
}

Result<CodeCommentId> Project::addCodeComment(CodeId codeId, const QString& text,
                                              std::optional<CoderId> coderId)
{
    const auto c = code(codeId);
    if (!c) {
        return notFound(QStringLiteral("No code with id %1.").arg(codeId.value));
    }
    if (text.trimmed().isEmpty()) {
        return invalid(
            QStringLiteral("The comment on “%1” is empty. Write something first.").arg(c->path));
    }
    std::optional<Coder> author = coderId ? coder(*coderId) : currentCoder();
    if (coderId && !author) {
        return notFound(
            QStringLiteral("No coder with id %1. Add the coder first.").arg(coderId->value));
    }
    return action(tr("Comment on “%1”").arg(c->fields.name), [&]() -> Result<CodeCommentId> {
        if (auto st = run(*m_db,
                          QStringLiteral("INSERT INTO code_comments(guid, code_id, coder_id, "
                                         "created_at, text) VALUES (?1, ?2, ?3, ?4, ?5)"),
                          Environment::newGuid(), codeId.value,
                          author ? std::optional<qint64>(author->id.value) : std::nullopt,
                          timestamp(Environment::now()), text);
            !st) {
            return st.error();
        }
        return CodeCommentId(m_db->lastInsertId());
    });
}

QList<CodeComment> Project::codeComments(CodeId codeId) const
{
    QList<CodeComment> list;
    forEachRow(
        *m_db,
        kCommentColumns + QStringLiteral(" WHERE c.code_id = ?1 ORDER BY c.created_at, c.id"),
        [&](Statement& s) { list << readComment(s); }, codeId.value);
    return list;
}

QList<CodeComment> Project::allCodeComments() const
{
    QList<CodeComment> list;
    forEachRow(*m_db, kCommentColumns + QStringLiteral(" ORDER BY c.code_id, c.created_at, c.id"),
               [&](Statement& s) { list << readComment(s); });
    return list;
}

Status Project::deleteCodeComment(CodeCommentId id)
{
    const auto codeId =
        scalar(*m_db, QStringLiteral("SELECT code_id FROM code_comments WHERE id = ?1"), id.value);
    if (!codeId) {
        return notFound(QStringLiteral("No comment with id %1.").arg(id.value));
    }
    const auto c = code(CodeId(*codeId));
    return action(tr("Delete comment on “%1”").arg(c ? c->fields.name : QString()), [&] {
        return run(*m_db, QStringLiteral("DELETE FROM code_comments WHERE id = ?1"), id.value);
    });
}

} // namespace tessera
