#include "Project.h"
#include "ProjectInternals.h"
#include "common/Environment.h"

#include <QSet>

namespace tessera {

using namespace internal;

// Project::addBatch: several kinds of object added as one undoable action. Everything is
// checked before the transaction starts, so a refused batch changes nothing and says which
// object was wrong.

namespace {

bool guidInUse(Database& db, const QString& table, const QString& guid)
{
    return !guid.isEmpty() &&
           scalar(db, QStringLiteral("SELECT 1 FROM %1 WHERE guid = ?1").arg(table), guid)
               .has_value();
}

// Checks that a batch's GUIDs for one kind of object are unique among themselves and unused
// in the project.
class GuidCheck {
public:
    GuidCheck(Database& db, QString table, QString what)
        : m_db(db), m_table(std::move(table)), m_what(std::move(what))
    {
    }

    Status check(const QString& guid, const QString& name)
    {
        if (guid.isEmpty()) {
            return {};
        }
        if (m_seen.contains(guid) || guidInUse(m_db, m_table, guid)) {
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("The %1 “%2” has the GUID %3, which this project "
                                            "already uses. Nothing was added.")
                                 .arg(m_what, name, guid));
        }
        m_seen.insert(guid);
        return {};
    }

private:
    Database& m_db;
    QString m_table;
    QString m_what;
    QSet<QString> m_seen;
};

bool splitsPair(const QString& text, qsizetype position)
{
    return position > 0 && position < text.size() && text.at(position - 1).isHighSurrogate() &&
           text.at(position).isLowSurrogate();
}

template <typename IdType> QString refKey(const BatchRef<IdType>& ref)
{
    return ref.isAdded() ? QStringLiteral("a%1").arg(ref.added)
                         : QStringLiteral("e%1").arg(ref.existing.value);
}

Status checkCoders(Database& db, const QList<BatchCoder>& coders)
{
    GuidCheck guids(db, QStringLiteral("coders"), QStringLiteral("coder"));
    QSet<QString> names;
    for (const BatchCoder& c : coders) {
        if (auto st = checkName(c.name, QStringLiteral("coder")); !st) {
            return st;
        }
        if (auto st = checkColor(c.color); !st) {
            return st;
        }
        if (names.contains(foldedName(c.name)) ||
            idWithName(db, QStringLiteral("SELECT id, name FROM coders"), c.name)) {
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("A coder called “%1” already exists. Nothing was "
                                            "added.")
                                 .arg(c.name));
        }
        names.insert(foldedName(c.name));
        if (auto st = guids.check(c.guid, c.name); !st) {
            return st;
        }
    }
    return {};
}

Status checkCodes(Database& db, const Project& project, const QList<BatchCode>& codes)
{
    GuidCheck guids(db, QStringLiteral("codes"), QStringLiteral("code"));
    QSet<QString> siblings; // "<parent key>/<folded name>" of the batch's codes
    for (int i = 0; i < codes.size(); ++i) {
        const BatchCode& c = codes[i];
        if (auto st = checkName(c.fields.name, QStringLiteral("code")); !st) {
            return st;
        }
        if (auto st = checkColor(c.fields.color); !st) {
            return st;
        }
        QString parentKey = QStringLiteral("root");
        std::optional<qint64> existingParent;
        if (c.parent) {
            if (c.parent->isAdded() && c.parent->added >= i) {
                return invalid(QStringLiteral("Internal error: the new code “%1” comes before its "
                                              "parent in the batch.")
                                   .arg(c.fields.name));
            }
            if (!c.parent->isAdded()) {
                if (!project.code(c.parent->existing)) {
                    return notFound(QStringLiteral("The parent of the new code “%1” (id %2) does "
                                                   "not exist.")
                                        .arg(c.fields.name)
                                        .arg(c.parent->existing.value));
                }
                existingParent = c.parent->existing.value;
            }
            parentKey = refKey(*c.parent);
        }
        const QString key = parentKey + QLatin1Char('/') + foldedName(c.fields.name);
        if (siblings.contains(key) ||
            ((!c.parent || !c.parent->isAdded()) &&
             siblingNamed(db, QStringLiteral("codes"), existingParent, c.fields.name))) {
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("A code named “%1” already exists at that level. "
                                            "Nothing was added.")
                                 .arg(c.fields.name));
        }
        siblings.insert(key);
        if (auto st = guids.check(c.guid, c.fields.name); !st) {
            return st;
        }
    }
    return {};
}

Status checkDocuments(Database& db, const QList<BatchDocument>& documents)
{
    GuidCheck guids(db, QStringLiteral("documents"), QStringLiteral("document"));
    QSet<QString> names;
    for (const BatchDocument& d : documents) {
        if (auto st = checkName(d.name, QStringLiteral("document")); !st) {
            return st;
        }
        if (!d.groupName.isEmpty()) {
            if (auto st = checkName(d.groupName, QStringLiteral("group")); !st) {
                return st;
            }
        }
        if (names.contains(foldedName(d.name)) ||
            idWithName(db, QStringLiteral("SELECT id, name FROM documents"), d.name)) {
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("A document named “%1” already exists in this "
                                            "project. Nothing was added.")
                                 .arg(d.name));
        }
        names.insert(foldedName(d.name));
        ImportedDocument content;
        content.text = d.text;
        content.turns = d.turns;
        if (const auto problem = findTurnProblem(content)) {
            return invalid(
                QStringLiteral("The turns of “%1” do not fit its text: %2").arg(d.name, *problem));
        }
        if (auto st = guids.check(d.guid, d.name); !st) {
            return st;
        }
    }
    return {};
}

} // namespace

Result<BatchIds> Project::addBatch(const ProjectBatch& batch, const QString& label)
{
    if (batch.isEmpty()) {
        return BatchIds{};
    }
    if (auto st = checkCoders(*m_db, batch.coders); !st) {
        return st.error();
    }
    if (auto st = checkCodes(*m_db, *this, batch.codes); !st) {
        return st.error();
    }
    if (auto st = checkDocuments(*m_db, batch.documents); !st) {
        return st.error();
    }

    // Codings: every reference resolves, every range lies inside its text, nothing repeats.
    QHash<qint64, std::pair<QString, QString>> texts; // existing document -> (name, text)
    QSet<QString> codingKeys;
    GuidCheck codingGuids(*m_db, QStringLiteral("codings"), QStringLiteral("coding"));
    for (const BatchCoding& c : batch.codings) {
        const auto badRef = [](const QString& what, qint64 id) {
            return notFound(QStringLiteral("A coding refers to %1 %2, which does not exist. "
                                           "Nothing was added.")
                                .arg(what)
                                .arg(id));
        };
        QString name;
        QString text;
        if (c.document.isAdded()) {
            if (c.document.added >= batch.documents.size()) {
                return badRef(QStringLiteral("new document"), c.document.added);
            }
            name = batch.documents[c.document.added].name;
            text = batch.documents[c.document.added].text;
        } else {
            const qint64 id = c.document.existing.value;
            if (!texts.contains(id)) {
                const auto doc = document(c.document.existing);
                if (!doc) {
                    return badRef(QStringLiteral("document"), id);
                }
                texts.insert(id, {doc->name, documentText(c.document.existing)});
            }
            std::tie(name, text) = texts.value(id);
        }
        if (c.code.isAdded() ? c.code.added >= batch.codes.size() : !code(c.code.existing)) {
            return badRef(QStringLiteral("code"),
                          c.code.isAdded() ? c.code.added : c.code.existing.value);
        }
        if (c.coder.isAdded() ? c.coder.added >= batch.coders.size() : !coder(c.coder.existing)) {
            return badRef(QStringLiteral("coder"),
                          c.coder.isAdded() ? c.coder.added : c.coder.existing.value);
        }
        if (c.start < 0 || c.end > text.size() || c.start >= c.end || splitsPair(text, c.start) ||
            splitsPair(text, c.end)) {
            return invalid(QStringLiteral("A coding's range %1:%2 does not fit “%3” (positions 0 "
                                          "to %4, not inside a character). Nothing was added.")
                               .arg(c.start)
                               .arg(c.end)
                               .arg(name)
                               .arg(text.size()));
        }
        const QString key = QStringLiteral("%1 %2 %3 %4 %5")
                                .arg(refKey(c.document), refKey(c.code), refKey(c.coder))
                                .arg(c.start)
                                .arg(c.end);
        const bool allExisting = !c.document.isAdded() && !c.code.isAdded() && !c.coder.isAdded();
        if (codingKeys.contains(key) ||
            (allExisting &&
             scalar(*m_db,
                    QStringLiteral("SELECT id FROM codings WHERE document_id = ?1 AND code_id = "
                                   "?2 AND coder_id = ?3 AND start = ?4 AND end = ?5"),
                    c.document.existing.value, c.code.existing.value, c.coder.existing.value,
                    c.start, c.end))) {
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("The range %1:%2 of “%3” would get the same code from "
                                            "the same coder twice. Nothing was added.")
                                 .arg(c.start)
                                 .arg(c.end)
                                 .arg(name));
        }
        codingKeys.insert(key);
        if (auto st = codingGuids.check(c.guid, QStringLiteral("%1:%2").arg(c.start).arg(c.end));
            !st) {
            return st.error();
        }
    }

    return action(label, [&]() -> Result<BatchIds> {
        BatchIds ids;
        const QString now = timestamp(Environment::now());
        for (const BatchCoder& c : batch.coders) {
            const qint64 count =
                scalar(*m_db, QStringLiteral("SELECT count(*) FROM coders")).value_or(0);
            if (auto st = run(*m_db,
                              QStringLiteral("INSERT INTO coders(guid, name, color) "
                                             "VALUES (?1, ?2, ?3)"),
                              guidOrNew(c.guid), c.name,
                              c.color.isEmpty() ? paletteColor(int(count) * 3) : c.color.toUpper());
                !st) {
                return st.error();
            }
            ids.coders << CoderId(m_db->lastInsertId());
        }
        for (const BatchCode& c : batch.codes) {
            std::optional<qint64> parent;
            if (c.parent) {
                parent = c.parent->isAdded() ? ids.codes[c.parent->added].value
                                             : c.parent->existing.value;
            }
            const qint64 count =
                scalar(*m_db, QStringLiteral("SELECT count(*) FROM codes")).value_or(0);
            const qint64 position =
                scalar(*m_db,
                       QStringLiteral("SELECT ifnull(max(position), -1) + 1 FROM codes WHERE "
                                      "ifnull(parent_id, 0) = ?1"),
                       parent.value_or(0))
                    .value_or(0);
            const QString color =
                c.fields.color.isEmpty() ? paletteColor(int(count)) : c.fields.color.toUpper();
            if (auto st = run(*m_db,
                              QStringLiteral("INSERT INTO codes(guid, parent_id, name, color, "
                                             "description, inclusion, exclusion, example, memo, "
                                             "position, created_at) VALUES (?1, ?2, ?3, ?4, ?5, "
                                             "?6, ?7, ?8, ?9, ?10, ?11)"),
                              guidOrNew(c.guid), parent, c.fields.name, color, c.fields.description,
                              c.fields.inclusion, c.fields.exclusion, c.fields.example,
                              c.fields.memo, position, now);
                !st) {
                return st.error();
            }
            ids.codes << CodeId(m_db->lastInsertId());
        }
        for (const BatchDocument& d : batch.documents) {
            DocumentInsert row;
            row.guid = d.guid;
            row.name = d.name;
            row.text = d.text;
            row.format = d.format;
            row.sourceName = d.sourceName;
            row.turns = d.turns;
            if (!d.groupName.isEmpty()) {
                auto group = groupNamed(*m_db, d.groupName);
                if (!group) {
                    return group.error();
                }
                row.groupId = *group;
            }
            auto id = insertDocument(*m_db, row);
            if (!id) {
                return id.error();
            }
            for (auto it = d.speakerRoles.cbegin(); it != d.speakerRoles.cend(); ++it) {
                if (auto st = run(*m_db,
                                  QStringLiteral("UPDATE speakers SET role = ?1 WHERE "
                                                 "document_id = ?2 AND label = ?3 AND role <> ?1"),
                                  speakerRoleName(it.value()), id->value, it.key());
                    !st) {
                    return st.error();
                }
            }
            ids.documents << *id;
        }
        for (const BatchCoding& c : batch.codings) {
            const qint64 documentId = c.document.isAdded() ? ids.documents[c.document.added].value
                                                           : c.document.existing.value;
            const qint64 codeId =
                c.code.isAdded() ? ids.codes[c.code.added].value : c.code.existing.value;
            const qint64 coderId =
                c.coder.isAdded() ? ids.coders[c.coder.added].value : c.coder.existing.value;
            if (auto st =
                    run(*m_db,
                        QStringLiteral("INSERT INTO codings(guid, document_id, code_id, "
                                       "coder_id, start, end, memo, key_quote, created_at, "
                                       "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
                                       "?9, ?10)"),
                        guidOrNew(c.guid), documentId, codeId, coderId, c.start, c.end, c.memo,
                        c.keyQuote, c.createdAt.isValid() ? timestamp(c.createdAt) : now, now);
                !st) {
                return st.error();
            }
            ids.codings << CodingId(m_db->lastInsertId());
        }
        return ids;
    });
}

} // namespace tessera
