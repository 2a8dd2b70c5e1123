#include "Project.h"
#include "ProjectInternals.h"
#include "common/Environment.h"

#include <QHash>
#include <QSet>

namespace tessera {

using namespace internal;

namespace {

const QString kCodingColumns = QStringLiteral(
    "SELECT id, guid, document_id, code_id, coder_id, start, end, memo, key_quote, created_at, "
    "updated_at FROM codings");

Coding readCoding(Statement& s)
{
    Coding c;
    c.id = CodingId(s.columnInt(0));
    c.guid = s.columnText(1);
    c.documentId = DocumentId(s.columnInt(2));
    c.codeId = CodeId(s.columnInt(3));
    c.coderId = CoderId(s.columnInt(4));
    c.start = s.columnInt(5);
    c.end = s.columnInt(6);
    c.memo = s.columnText(7);
    c.keyQuote = s.columnInt(8) != 0;
    c.createdAt = parseTimestamp(s.columnText(9));
    c.updatedAt = parseTimestamp(s.columnText(10));
    return c;
}

bool splitsSurrogatePair(const QString& text, qsizetype position)
{
    return position > 0 && position < text.size() && text.at(position - 1).isHighSurrogate() &&
           text.at(position).isLowSurrogate();
}

} // namespace

namespace {

Status checkRangeIn(const QString& name, const QString& text, qsizetype start, qsizetype end)
{
    if (start < 0 || end > text.size() || start >= end) {
        return invalid(QStringLiteral("The range %1:%2 is not inside “%3” (positions 0 to %4; the "
                                      "start must be before the end).")
                           .arg(start)
                           .arg(end)
                           .arg(name)
                           .arg(text.size()));
    }
    if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
        return invalid(QStringLiteral("The range %1:%2 splits a character of “%3” in two (an emoji "
                                      "or other character outside the Basic Multilingual Plane). "
                                      "Move the boundary by one position.")
                           .arg(start)
                           .arg(end)
                           .arg(name));
    }
    return {};
}

} // namespace

Status Project::checkCodingRange(DocumentId documentId, qsizetype start, qsizetype end) const
{
    const auto doc = document(documentId);
    if (!doc) {
        return notFound(QStringLiteral("No document with id %1.").arg(documentId.value));
    }
    return checkRangeIn(doc->name, documentText(documentId), start, end);
}

Result<CodingId> Project::addCoding(const NewCoding& coding)
{
    auto ids = addCodings({coding}, QString());
    if (!ids) {
        return ids.error();
    }
    return ids->first();
}

Result<QList<CodingId>> Project::addCodings(const QList<NewCoding>& codings, const QString& label)
{
    if (codings.isEmpty()) {
        return invalid(QStringLiteral("Nothing to code: no ranges were given."));
    }
    const auto current = currentCoder();
    struct Checked {
        NewCoding coding;
        CoderId coder;
    };
    // Each document's text, code and coder is looked up once per call, not once per coding:
    // a batch of 2,000 codings must not read a long transcript 2,000 times.
    QHash<qint64, std::pair<QString, QString>> documents; // id -> (name, text)
    QHash<qint64, QString> codeNames;
    QSet<qint64> knownCoders;
    QList<Checked> checked;
    QString codeName;
    for (const NewCoding& c : codings) {
        if (!codeNames.contains(c.codeId.value)) {
            const auto codeRow = code(c.codeId);
            if (!codeRow) {
                return notFound(QStringLiteral("No code with id %1.").arg(c.codeId.value));
            }
            codeNames.insert(c.codeId.value, codeRow->fields.name);
        }
        codeName = codeNames.value(c.codeId.value);
        const CoderId coderId = c.coderId ? *c.coderId : (current ? current->id : CoderId());
        if (!knownCoders.contains(coderId.value)) {
            if (!coder(coderId)) {
                return notFound(
                    QStringLiteral("No coder with id %1. Add the coder first.").arg(coderId.value));
            }
            knownCoders.insert(coderId.value);
        }
        if (!documents.contains(c.documentId.value)) {
            const auto doc = document(c.documentId);
            if (!doc) {
                return notFound(QStringLiteral("No document with id %1.").arg(c.documentId.value));
            }
            documents.insert(c.documentId.value, {doc->name, documentText(c.documentId)});
        }
        const auto& [docName, text] = documents[c.documentId.value];
        if (auto st = checkRangeIn(docName, text, c.start, c.end); !st) {
            return st.error();
        }
        checked.append({c, coderId});
    }
    const QString actionLabel = !label.isEmpty() ? label : tr("Apply code “%1”").arg(codeName);
    return action(actionLabel, [&]() -> Result<QList<CodingId>> {
        QList<CodingId> ids;
        const QString now = timestamp(Environment::now());
        for (const Checked& c : std::as_const(checked)) {
            if (scalar(
                    *m_db,
                    QStringLiteral("SELECT id FROM codings WHERE document_id = ?1 AND code_id = ?2 "
                                   "AND coder_id = ?3 AND start = ?4 AND end = ?5"),
                    c.coding.documentId.value, c.coding.codeId.value, c.coder.value, c.coding.start,
                    c.coding.end)) {
                return makeError(ErrorCode::Conflict,
                                 QStringLiteral("The range %1:%2 already has this code from this "
                                                "coder. Nothing was added.")
                                     .arg(c.coding.start)
                                     .arg(c.coding.end));
            }
            if (auto st =
                    run(*m_db,
                        QStringLiteral("INSERT INTO codings(guid, document_id, code_id, coder_id, "
                                       "start, end, memo, key_quote, created_at, updated_at) "
                                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)"),
                        Environment::newGuid(), c.coding.documentId.value, c.coding.codeId.value,
                        c.coder.value, c.coding.start, c.coding.end, c.coding.memo,
                        c.coding.keyQuote, now);
                !st) {
                return st.error();
            }
            ids << CodingId(m_db->lastInsertId());
        }
        return ids;
    });
}

QList<Coding> Project::codings(const CodingFilter& filter) const
{
    QStringList where;
    if (filter.documentId) {
        where << QStringLiteral("document_id = %1").arg(filter.documentId->value);
    }
    if (filter.codeId) {
        if (filter.includeChildCodes) {
            QStringList ids;
            const QList<Code> all = codes();
            for (const Code& c : all) {
                if (isWithinTree(all, c.id, *filter.codeId)) {
                    ids << QString::number(c.id.value);
                }
            }
            where << QStringLiteral("code_id IN (%1)").arg(ids.join(QLatin1Char(',')));
        } else {
            where << QStringLiteral("code_id = %1").arg(filter.codeId->value);
        }
    }
    if (filter.coderId) {
        where << QStringLiteral("coder_id = %1").arg(filter.coderId->value);
    }
    // Only integers are spliced into the SQL, never user text.
    const QString sql =
        kCodingColumns +
        (where.isEmpty() ? QString()
                         : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))) +
        QStringLiteral(" ORDER BY document_id, start, end, id");
    QList<Coding> list;
    forEachRow(*m_db, sql, [&](Statement& s) { list << readCoding(s); });
    return list;
}

std::optional<Coding> Project::coding(CodingId id) const
{
    std::optional<Coding> found;
    forEachRow(
        *m_db, kCodingColumns + QStringLiteral(" WHERE id = ?1"),
        [&](Statement& s) { found = readCoding(s); }, id.value);
    return found;
}

Status Project::removeCoding(CodingId id)
{
    const auto c = coding(id);
    if (!c) {
        return notFound(QStringLiteral("No coding with id %1.").arg(id.value));
    }
    const auto codeRow = code(c->codeId);
    return action(tr("Remove coding “%1”").arg(codeRow ? codeRow->fields.name : QString()), [&] {
        // The passage stops being a key quote of any theme with it.
        if (auto st =
                run(*m_db, QStringLiteral("DELETE FROM theme_key_quotes WHERE coding_id = ?1"),
                    id.value);
            !st) {
            return st;
        }
        return run(*m_db, QStringLiteral("DELETE FROM codings WHERE id = ?1"), id.value);
    });
}

Status Project::setCodingRange(CodingId id, qsizetype start, qsizetype end)
{
    const auto c = coding(id);
    if (!c) {
        return notFound(QStringLiteral("No coding with id %1.").arg(id.value));
    }
    if (auto st = checkCodingRange(c->documentId, start, end); !st) {
        return st;
    }
    if (auto other =
            scalar(*m_db,
                   QStringLiteral("SELECT id FROM codings WHERE document_id = ?1 AND code_id = ?2 "
                                  "AND coder_id = ?3 AND start = ?4 AND end = ?5"),
                   c->documentId.value, c->codeId.value, c->coderId.value, start, end);
        other && *other != id.value) {
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("The range %1:%2 already has this code from this coder.")
                             .arg(start)
                             .arg(end));
    }
    return action(tr("Change coded range"), [&] {
        return run(*m_db,
                   QStringLiteral(
                       "UPDATE codings SET start = ?1, end = ?2, updated_at = ?3 WHERE id = ?4"),
                   start, end, timestamp(Environment::now()), id.value);
    });
}

Status Project::setCodingMemo(CodingId id, const QString& memo)
{
    if (!coding(id)) {
        return notFound(QStringLiteral("No coding with id %1.").arg(id.value));
    }
    return action(tr("Edit coding memo"), [&] {
        return run(*m_db,
                   QStringLiteral("UPDATE codings SET memo = ?1, updated_at = ?2 WHERE id = ?3"),
                   memo, timestamp(Environment::now()), id.value);
    });
}

Status Project::setKeyQuote(CodingId id, bool keyQuote)
{
    if (!coding(id)) {
        return notFound(QStringLiteral("No coding with id %1.").arg(id.value));
    }
    return action(keyQuote ? tr("Mark key quote") : tr("Unmark key quote"), [&] {
        return run(
            *m_db,
            QStringLiteral("UPDATE codings SET key_quote = ?1, updated_at = ?2 WHERE id = ?3"),
            keyQuote, timestamp(Environment::now()), id.value);
    });
}

} // namespace tessera
