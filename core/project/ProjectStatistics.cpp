#include "Project.h"
#include "ProjectInternals.h"

namespace tessera {

using namespace internal;

QHash<CodeId, CodeCounts> Project::codeCounts(std::optional<CoderId> coder) const
{
    // The speaker of a coding is the one of the first turn it overlaps, as in Retrieval.
    // Codings in facilitator turns count as codings but not towards documents and people
    // (prevalence), unless the project counts facilitators.
    // Each coding's turn is found with two index probes (the turn starting at or before the
    // coding, else the first one starting inside it) rather than a scan, so 2,000 codings over
    // 1,500 turns stay in the low milliseconds.
    const QString sql = QStringLiteral(
        "WITH located AS ("
        "  SELECT c.code_id, c.document_id, coalesce("
        "    (SELECT CASE WHEN t.end > c.start THEN t.id END FROM turns t"
        "       WHERE t.document_id = c.document_id AND t.start <= c.start ORDER BY t.start DESC "
        "LIMIT 1),"
        "    (SELECT t.id FROM turns t WHERE t.document_id = c.document_id AND t.start > c.start"
        "       AND t.start < c.end ORDER BY t.start LIMIT 1)) AS turn_id"
        "  FROM codings c WHERE ?1 = 0 OR c.coder_id = ?1) "
        "SELECT l.code_id, count(*),"
        "  count(DISTINCT CASE WHEN ?2 = 1 OR s.role IS NOT 'facilitator' THEN l.document_id END),"
        "  count(DISTINCT CASE WHEN ?2 = 0 AND s.role = 'facilitator' THEN NULL"
        "                      WHEN s.participant_id IS NOT NULL THEN 'p' || s.participant_id"
        "                      WHEN s.id IS NOT NULL THEN 's' || s.id END) "
        "FROM located l LEFT JOIN turns t ON t.id = l.turn_id LEFT JOIN speakers s ON s.id = "
        "t.speaker_id "
        "GROUP BY l.code_id");
    QHash<CodeId, CodeCounts> counts;
    forEachRow(
        *m_db, sql,
        [&](Statement& s) {
            counts.insert(
                CodeId(s.columnInt(0)),
                CodeCounts{int(s.columnInt(1)), int(s.columnInt(2)), int(s.columnInt(3))});
        },
        coder ? coder->value : 0, countsFacilitators());
    return counts;
}

QHash<DocumentId, int> Project::codingCountsByDocument(std::optional<CoderId> coder) const
{
    QHash<DocumentId, int> counts;
    forEachRow(
        *m_db,
        QStringLiteral("SELECT document_id, count(*) FROM codings WHERE ?1 = 0 OR coder_id = ?1 "
                       "GROUP BY document_id"),
        [&](Statement& s) { counts.insert(DocumentId(s.columnInt(0)), int(s.columnInt(1))); },
        coder ? coder->value : 0);
    return counts;
}

} // namespace tessera
