#include "Project.h"
#include "ProjectInternals.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace tessera {

using namespace internal;

namespace {

QString valueTable(AttributeScope scope)
{
    return scope == AttributeScope::Participant ? QStringLiteral("participant_attributes")
                                                : QStringLiteral("document_attributes");
}

QString ownerColumn(AttributeScope scope)
{
    return scope == AttributeScope::Participant ? QStringLiteral("participant_id")
                                                : QStringLiteral("document_id");
}

QString definedNames(Database& db, AttributeScope scope)
{
    QStringList names;
    for (const AttributeDefinition& d : readAttributes(db, scope)) {
        names << QStringLiteral("“%1”").arg(d.name);
    }
    return names.isEmpty() ? QStringLiteral("none yet") : names.join(QStringLiteral(", "));
}

Error unknownAttribute(Database& db, AttributeScope scope, const QString& name)
{
    return notFound(QStringLiteral("No %1 attribute “%2” in this project (defined: %3). Define "
                                   "it first.")
                        .arg(attributeScopeName(scope), name, definedNames(db, scope)));
}

// Categories a user can pick from: named, each once, and without ';' when several can be
// picked (';' separates them in a stored value).
Status checkCategories(const AttributeDefinition& definition)
{
    if (definition.type != AttributeType::Category) {
        if (!definition.categories.isEmpty() || definition.multiSelect) {
            return invalid(QStringLiteral("“%1” is a %2 attribute: only category attributes have "
                                          "categories or several values.")
                               .arg(definition.name, attributeTypeName(definition.type)));
        }
        return {};
    }
    QSet<QString> seen;
    for (const QString& category : definition.categories) {
        if (category.trimmed().isEmpty() || category != category.trimmed()) {
            return invalid(QStringLiteral("A category of “%1” is empty or starts or ends with "
                                          "spaces (“%2”). Remove it or trim it.")
                               .arg(definition.name, category));
        }
        if (definition.multiSelect && category.contains(QLatin1Char(';'))) {
            return invalid(QStringLiteral("The category “%1” of “%2” contains “;”, which "
                                          "separates the choices of a multiple-choice value. "
                                          "Use another character.")
                               .arg(category, definition.name));
        }
        if (seen.contains(foldedName(category))) {
            return invalid(QStringLiteral("The category “%1” of “%2” is listed twice.")
                               .arg(category, definition.name));
        }
        seen.insert(foldedName(category));
    }
    return {};
}

// The first stored value of an attribute that `type` refuses, with whose it is, for the message
// refusing a type change. Owners in name order, so the message is the same every time.
std::optional<std::pair<QString, QString>> firstMisfit(Database& db, const AttributeDefinition& at,
                                                       AttributeType type)
{
    const QString sql =
        at.scope == AttributeScope::Participant
            ? QStringLiteral("SELECT v.value, 'participant “' || p.pseudonym || '”' "
                             "FROM participant_attributes v JOIN participants p ON p.id = "
                             "v.participant_id WHERE v.name = ?1 ORDER BY p.pseudonym, p.id")
            : QStringLiteral("SELECT v.value, 'document “' || d.name || '”' "
                             "FROM document_attributes v JOIN documents d ON d.id = v.document_id "
                             "WHERE v.name = ?1 ORDER BY d.name, d.id");
    std::optional<std::pair<QString, QString>> misfit;
    forEachRow(
        db, sql,
        [&](Statement& s) {
            if (!misfit && !isValidAttributeValue(type, s.columnText(0))) {
                misfit = std::pair{s.columnText(0), s.columnText(1)};
            }
        },
        at.name);
    return misfit;
}

QString storedValue(Database& db, AttributeScope scope, qint64 owner, const QString& name)
{
    QString value;
    forEachRow(
        db,
        QStringLiteral("SELECT value FROM %1 WHERE %2 = ?1 AND name = ?2")
            .arg(valueTable(scope), ownerColumn(scope)),
        [&](Statement& s) { value = s.columnText(0); }, owner, name);
    return value;
}

QHash<QString, QString> valuesOf(Database& db, AttributeScope scope, qint64 owner)
{
    QHash<QString, QString> values;
    forEachRow(
        db,
        QStringLiteral("SELECT v.name, v.value FROM %1 v JOIN attribute_definitions d ON "
                       "d.scope = ?1 AND d.name = v.name WHERE v.%2 = ?2")
            .arg(valueTable(scope), ownerColumn(scope)),
        [&](Statement& s) { values.insert(s.columnText(0), s.columnText(1)); },
        attributeScopeName(scope), owner);
    return values;
}

// --- Import ------------------------------------------------------------------------------------

// One usable row of an attribute table: whose it is and its values (trimmed), one per
// attribute column.
struct ImportRow {
    int index = 0;
    AttributeScope scope = AttributeScope::Participant;
    qint64 owner = 0; // 0: a participant to create, called `key`
    QString key;
    QStringList values;
};

QString createdLabel(const AttributeDefinition& d)
{
    return d.scope == AttributeScope::Participant
               ? QStringLiteral("%1 (%2)").arg(d.name, attributeTypeName(d.type))
               : QStringLiteral("%1 (%2, document attribute)")
                     .arg(d.name, attributeTypeName(d.type));
}

} // namespace

QList<AttributeDefinition> Project::attributes(AttributeScope scope) const
{
    return readAttributes(*m_db, scope);
}

std::optional<AttributeDefinition> Project::attribute(AttributeScope scope,
                                                      const QString& name) const
{
    return readAttribute(*m_db, scope, name);
}

Status Project::defineAttribute(const AttributeDefinition& definition)
{
    if (auto st = checkAttributeName(definition.name); !st) {
        return st;
    }
    if (auto st = checkCategories(definition); !st) {
        return st;
    }
    const auto existing = readAttribute(*m_db, definition.scope, definition.name);
    if (!existing) {
        if (definition.survey &&
            !scalar(*m_db, QStringLiteral("SELECT id FROM surveys WHERE id = ?1"),
                    definition.survey->value)) {
            return notFound(QStringLiteral("No survey with id %1.").arg(definition.survey->value));
        }
        return action(tr("Define attribute “%1”").arg(definition.name),
                      [&] { return insertAttribute(*m_db, definition); });
    }
    if (existing->type != definition.type) {
        if (auto misfit = firstMisfit(*m_db, *existing, definition.type)) {
            return invalid(QStringLiteral("“%1” cannot become a %2 attribute: %3 has the value "
                                          "“%4”. Change or clear that value first, or keep the "
                                          "type.")
                               .arg(existing->name, attributeTypeName(definition.type),
                                    misfit->second, misfit->first));
        }
    }
    if (existing->type == definition.type && existing->categories == definition.categories &&
        existing->multiSelect == definition.multiSelect) {
        return {};
    }
    AttributeDefinition updated = *existing; // keeps its name's spelling, position and survey
    updated.type = definition.type;
    updated.categories = definition.categories;
    updated.multiSelect = definition.multiSelect;
    return action(tr("Change attribute “%1”").arg(existing->name),
                  [&] { return updateAttribute(*m_db, updated); });
}

Status Project::renameAttribute(AttributeScope scope, const QString& name, const QString& newName)
{
    const auto existing = readAttribute(*m_db, scope, name);
    if (!existing) {
        return unknownAttribute(*m_db, scope, name);
    }
    if (auto st = checkAttributeName(newName); !st) {
        return st;
    }
    if (const auto other = readAttribute(*m_db, scope, newName);
        other && other->name != existing->name) {
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("A %1 attribute called “%2” already exists. Choose another "
                                        "name.")
                             .arg(attributeScopeName(scope), other->name));
    }
    if (existing->name == newName) {
        return {};
    }
    return action(tr("Rename attribute “%1”").arg(existing->name), [&]() -> Status {
        if (auto st = run(*m_db,
                          QStringLiteral("UPDATE attribute_definitions SET name = ?1 "
                                         "WHERE scope = ?2 AND name = ?3"),
                          newName, attributeScopeName(scope), existing->name);
            !st) {
            return st;
        }
        if (auto st = run(
                *m_db,
                QStringLiteral("UPDATE %1 SET name = ?1 WHERE name = ?2").arg(valueTable(scope)),
                newName, existing->name);
            !st) {
            return st;
        }
        if (scope == AttributeScope::Participant) {
            // A closed survey question is stored under its attribute: they are renamed together.
            return run(*m_db,
                       QStringLiteral("UPDATE survey_questions SET name = ?1 "
                                      "WHERE kind = 'closed' AND name = ?2"),
                       newName, existing->name);
        }
        return {};
    });
}

Status Project::deleteAttribute(AttributeScope scope, const QString& name)
{
    const auto existing = readAttribute(*m_db, scope, name);
    if (!existing) {
        return unknownAttribute(*m_db, scope, name);
    }
    return action(tr("Delete attribute “%1”").arg(existing->name), [&]() -> Status {
        if (auto st =
                run(*m_db, QStringLiteral("DELETE FROM %1 WHERE name = ?1").arg(valueTable(scope)),
                    existing->name);
            !st) {
            return st;
        }
        return run(
            *m_db,
            QStringLiteral("DELETE FROM attribute_definitions WHERE scope = ?1 AND name = ?2"),
            attributeScopeName(scope), existing->name);
    });
}

Status Project::setParticipantAttribute(ParticipantId id, const QString& name, const QString& value)
{
    const auto owner = participant(id);
    if (!owner) {
        return notFound(QStringLiteral("No participant with id %1.").arg(id.value));
    }
    const auto definition = readAttribute(*m_db, AttributeScope::Participant, name);
    if (!definition) {
        return unknownAttribute(*m_db, AttributeScope::Participant, name);
    }
    const QString stored = normaliseAttributeValue(*definition, value);
    if (const QString problem = attributeValueProblem(*definition, stored); !problem.isEmpty()) {
        return invalid(QStringLiteral("%1, participant “%2”. Nothing was changed.")
                           .arg(problem, owner->pseudonym));
    }
    if (storedValue(*m_db, AttributeScope::Participant, id.value, definition->name) == stored) {
        return {};
    }
    return action(tr("Set “%1” of “%2”").arg(definition->name, owner->pseudonym), [&] {
        return putAttributeValue(*m_db, AttributeScope::Participant, id.value, definition->name,
                                 stored);
    });
}

Status Project::setDocumentAttribute(DocumentId id, const QString& name, const QString& value)
{
    const auto owner = document(id);
    if (!owner) {
        return notFound(QStringLiteral("No document with id %1.").arg(id.value));
    }
    const auto definition = readAttribute(*m_db, AttributeScope::Document, name);
    if (!definition) {
        return unknownAttribute(*m_db, AttributeScope::Document, name);
    }
    const QString stored = normaliseAttributeValue(*definition, value);
    if (const QString problem = attributeValueProblem(*definition, stored); !problem.isEmpty()) {
        return invalid(
            QStringLiteral("%1, document “%2”. Nothing was changed.").arg(problem, owner->name));
    }
    if (storedValue(*m_db, AttributeScope::Document, id.value, definition->name) == stored) {
        return {};
    }
    return action(tr("Set “%1” of “%2”").arg(definition->name, owner->name), [&] {
        return putAttributeValue(*m_db, AttributeScope::Document, id.value, definition->name,
                                 stored);
    });
}

QHash<QString, QString> Project::participantAttributes(ParticipantId id) const
{
    return valuesOf(*m_db, AttributeScope::Participant, id.value);
}

QHash<QString, QString> Project::documentAttributes(DocumentId id) const
{
    return valuesOf(*m_db, AttributeScope::Document, id.value);
}

QHash<qint64, QHash<QString, QString>> Project::attributeValues(AttributeScope scope) const
{
    QHash<qint64, QHash<QString, QString>> values;
    forEachRow(
        *m_db,
        QStringLiteral("SELECT v.%2, v.name, v.value FROM %1 v JOIN attribute_definitions d ON "
                       "d.scope = ?1 AND d.name = v.name")
            .arg(valueTable(scope), ownerColumn(scope)),
        [&](Statement& s) { values[s.columnInt(0)].insert(s.columnText(1), s.columnText(2)); },
        attributeScopeName(scope));
    return values;
}

Result<AttributeImportReport> Project::importAttributes(const DataTable& table,
                                                        const AttributeImportOptions& options)
{
    const QString source =
        table.sourceName.isEmpty() ? QStringLiteral("The table") : table.sourceName;
    if (table.header.size() < 2) {
        return invalid(QStringLiteral("%1 has no attribute columns. The first column names the "
                                      "participants (pseudonyms) or documents; each further "
                                      "column is an attribute.")
                           .arg(source));
    }
    if (table.rows.isEmpty()) {
        return invalid(
            QStringLiteral("%1 has no rows below its header: nothing to import.").arg(source));
    }
    const QStringList names = table.header.mid(1);
    QHash<QString, int> columnOfName;
    for (int c = 0; c < names.size(); ++c) {
        if (auto st = checkAttributeName(names[c]); !st) {
            return invalid(
                QStringLiteral("Column %1 of %2: %3").arg(c + 2).arg(source, st.error().message));
        }
        if (columnOfName.contains(foldedName(names[c]))) {
            return invalid(QStringLiteral("Columns %1 and %2 of %3 are both called “%4”. Rename "
                                          "one of them; nothing was imported.")
                               .arg(columnOfName.value(foldedName(names[c])) + 2)
                               .arg(c + 2)
                               .arg(source, names[c]));
        }
        columnOfName.insert(foldedName(names[c]), c);
    }

    AttributeImportReport report;
    const QHash<QString, qint64> participantIds = participantsByFoldedPseudonym(*m_db);
    QHash<QString, qint64> documentIds;
    forEachRow(*m_db, QStringLiteral("SELECT id, name FROM documents"), [&](Statement& s) {
        documentIds.insert(foldedName(s.columnText(1)), s.columnInt(0));
    });
    const bool tryParticipants = !options.scope || *options.scope == AttributeScope::Participant;
    const bool tryDocuments = !options.scope || *options.scope == AttributeScope::Document;
    const QString wanted = !options.scope ? QStringLiteral("participant or document")
                                          : attributeScopeName(*options.scope);

    // Which participant or document each row describes.
    QList<ImportRow> rows;
    QMap<int, QString> problems;    // row -> what was wrong with it
    QHash<QString, int> rowOfOwner; // scope + folded key -> first row
    for (int i = 0; i < table.rows.size(); ++i) {
        const QStringList& cells = table.rows[i];
        const QString label = tableRowLabel(table, i);
        ImportRow row;
        row.index = i;
        row.key = cells.value(0).trimmed();
        if (row.key.isEmpty()) {
            problems[i] = QStringLiteral("%1: the first column (“%2”) is empty; the row was "
                                         "skipped.")
                              .arg(label, table.header.first());
            continue;
        }
        const QString folded = foldedName(row.key);
        const bool isParticipant = tryParticipants && participantIds.contains(folded);
        const bool isDocument = tryDocuments && documentIds.contains(folded);
        if (isParticipant && isDocument) {
            problems[i] = QStringLiteral("%1: “%2” is both a participant and a document; the "
                                         "row was skipped. Say which the first column holds.")
                              .arg(label, row.key);
            continue;
        }
        if (isParticipant || isDocument) {
            row.scope = isParticipant ? AttributeScope::Participant : AttributeScope::Document;
            row.owner = isParticipant ? participantIds.value(folded) : documentIds.value(folded);
        } else if (options.createParticipants && tryParticipants) {
            if (auto st = checkName(row.key, QStringLiteral("participant")); !st) {
                problems[i] =
                    QStringLiteral("%1: %2 The row was skipped.").arg(label, st.error().message);
                continue;
            }
        } else {
            problems[i] = QStringLiteral("%1: no %2 called “%3”; the row was skipped.")
                              .arg(label, wanted, row.key);
            continue;
        }
        const QString ownerKey = attributeScopeName(row.scope) + QLatin1Char(':') + folded;
        if (rowOfOwner.contains(ownerKey)) {
            problems[i] = QStringLiteral("%1: “%2” was already given in row %3; this row was "
                                         "skipped.")
                              .arg(label, row.key)
                              .arg(rowOfOwner.value(ownerKey) + 1);
            continue;
        }
        rowOfOwner.insert(ownerKey, i);
        for (int c = 0; c < names.size(); ++c) {
            row.values << cells.value(c + 1).trimmed();
        }
        rows << row;
    }

    // Values of attributes that exist must fit them; a row with one that does not is skipped
    // whole, so a participant is never half updated.
    QHash<int, QHash<int, AttributeDefinition>> existing; // scope -> column -> definition
    for (AttributeScope scope : {AttributeScope::Participant, AttributeScope::Document}) {
        for (int c = 0; c < names.size(); ++c) {
            if (auto d = readAttribute(*m_db, scope, names[c])) {
                existing[int(scope)].insert(c, *d);
            }
        }
    }
    QList<ImportRow> fitting;
    for (ImportRow& row : rows) {
        QStringList misfits;
        for (int c = 0; c < names.size(); ++c) {
            const auto d = existing[int(row.scope)].constFind(c);
            if (row.values[c].isEmpty() || d == existing[int(row.scope)].constEnd()) {
                continue;
            }
            row.values[c] = normaliseAttributeValue(*d, row.values[c]);
            if (const QString problem = attributeValueProblem(*d, row.values[c]);
                !problem.isEmpty()) {
                misfits << problem;
            }
        }
        if (misfits.isEmpty()) {
            fitting << row;
        } else {
            problems.insert(row.index, QStringLiteral("%1: %2; the row was skipped.")
                                           .arg(tableRowLabel(table, row.index),
                                                misfits.join(QStringLiteral("; "))));
        }
    }
    rows = fitting;
    report.problems = problems.values(); // in row order

    // New attributes take the type their values suggest; categories gain values met first here.
    QList<AttributeDefinition> created;
    QList<AttributeDefinition> extended;
    QHash<int, QHash<int, QString>> storedName; // scope -> column -> the definition's spelling
    for (AttributeScope scope : {AttributeScope::Participant, AttributeScope::Document}) {
        for (int c = 0; c < names.size(); ++c) {
            QStringList values;
            for (const ImportRow& row : std::as_const(rows)) {
                if (row.scope == scope && !row.values[c].isEmpty()) {
                    values << row.values[c];
                }
            }
            if (values.isEmpty()) {
                continue; // a blank column defines nothing
            }
            if (auto d = existing[int(scope)].constFind(c); d != existing[int(scope)].constEnd()) {
                AttributeDefinition merged = *d;
                if (merged.type == AttributeType::Category && mergeCategoryValues(merged, values)) {
                    extended << merged;
                }
                storedName[int(scope)].insert(c, d->name);
            } else {
                created << inferAttribute(scope, names[c], values);
                storedName[int(scope)].insert(c, names[c]);
            }
        }
    }

    const bool anything = std::any_of(rows.cbegin(), rows.cend(), [](const ImportRow& row) {
        return row.owner == 0 || std::any_of(row.values.cbegin(), row.values.cend(),
                                             [](const QString& v) { return !v.isEmpty(); });
    });
    if (!anything) {
        return report;
    }
    auto applied = action(tr("Import attributes from “%1”").arg(source), [&]() -> Status {
        for (const AttributeDefinition& d : std::as_const(created)) {
            if (auto st = insertAttribute(*m_db, d); !st) {
                return st;
            }
            report.attributesCreated << createdLabel(d);
        }
        for (const AttributeDefinition& d : std::as_const(extended)) {
            if (auto st = updateAttribute(*m_db, d); !st) {
                return st;
            }
        }
        for (ImportRow& row : rows) {
            if (row.owner == 0) {
                auto id = insertParticipant(*m_db, row.key);
                if (!id) {
                    return id.error();
                }
                row.owner = id->value;
                report.participantsCreated << row.key;
            }
            int set = 0;
            for (int c = 0; c < names.size(); ++c) {
                if (row.values[c].isEmpty()) {
                    continue; // a blank cell leaves the stored value as it is
                }
                if (auto st = putAttributeValue(*m_db, row.scope, row.owner,
                                                storedName[int(row.scope)].value(c), row.values[c]);
                    !st) {
                    return st;
                }
                ++set;
            }
            report.valuesSet += set;
            if (set > 0) {
                ++(row.scope == AttributeScope::Participant ? report.participantsUpdated
                                                            : report.documentsUpdated);
            }
        }
        return {};
    });
    if (!applied) {
        return applied.error();
    }
    return report;
}

} // namespace tessera
