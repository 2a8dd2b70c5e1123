#include "Cli.h"
#include "JsonViews.h"
#include "io/DataTable.h"
#include "project/Project.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tessera::cli {
namespace {

const QString kDefineSynopsis =
    QStringLiteral("PROJECT NAME --type text|number|date|category "
                   "[--scope participant|document] [--categories A,B,C] [--multi-select]");
const QString kSetSynopsis =
    QStringLiteral("PROJECT (--participant P | --document DOC) NAME VALUE");
const QString kImportSynopsis =
    QStringLiteral("PROJECT FILE [--scope participant|document] [--create-participants]");

// --scope, when given; `valid` is false for an unknown name.
std::optional<AttributeScope> scopeOption(const CommandLine& line, bool& valid)
{
    valid = true;
    const auto name = line.optional(QStringLiteral("scope"));
    if (!name) {
        return std::nullopt;
    }
    const auto scope = attributeScopeFromName(*name);
    valid = scope.has_value();
    return scope;
}

QString unknownScopeMessage(const CommandLine& line)
{
    return QStringLiteral("Unknown scope “%1”; use participant or document.")
        .arg(line.value(QStringLiteral("scope")));
}

QString ownerName(const Project& p, AttributeScope scope, qint64 id)
{
    if (scope == AttributeScope::Participant) {
        const auto participant = p.participant(ParticipantId(id));
        return participant ? participant->pseudonym : QString();
    }
    const auto document = p.document(DocumentId(id));
    return document ? document->name : QString();
}

int listAttributes(const CommandLine& line, const Output& out)
{
    bool validScope = true;
    const auto only = scopeOption(line, validScope);
    if (!validScope) {
        return out.usage(unknownScopeMessage(line),
                         QStringLiteral("attributes PROJECT [--scope participant|document] "
                                        "[--values]"));
    }
    auto project = openProject(line.at(0));
    if (!project) {
        return out.fail(project.error());
    }
    const Project& p = **project;
    QList<AttributeScope> scopes{AttributeScope::Participant, AttributeScope::Document};
    if (only) {
        scopes = {*only};
    }
    QJsonObject result;
    QJsonArray values;
    QStringList human;
    for (const AttributeScope scope : scopes) {
        const QList<AttributeDefinition> definitions = p.attributes(scope);
        QJsonArray list;
        QList<QStringList> rows;
        QStringList names;
        for (const AttributeDefinition& d : definitions) {
            const QJsonObject json = attributeDefinitionJson(p, d);
            list.append(json);
            names << d.name;
            rows << QStringList{d.name, attributeTypeName(d.type),
                                d.categories.join(QStringLiteral(", ")),
                                d.multiSelect ? QStringLiteral("yes") : QString(),
                                json.value(QStringLiteral("survey")).toString()};
        }
        result.insert(attributeScopeName(scope), list);
        human << (rows.isEmpty()
                      ? QStringLiteral("No %1 attributes.").arg(attributeScopeName(scope))
                      : QStringLiteral("%1 attributes:\n").arg(attributeScopeName(scope)) +
                            alignedTable({QStringLiteral("Name"), QStringLiteral("Type"),
                                          QStringLiteral("Categories"),
                                          QStringLiteral("Multi-select"), QStringLiteral("Survey")},
                                         rows));
        if (!line.has(QStringLiteral("values"))) {
            continue;
        }
        // Owners in the project's order: participants as listed, documents as listed.
        QList<qint64> owners;
        if (scope == AttributeScope::Participant) {
            for (const Participant& x : p.participants()) {
                owners << x.id.value;
            }
        } else {
            for (const Document& x : p.documents()) {
                owners << x.id.value;
            }
        }
        const auto all = p.attributeValues(scope);
        QList<QStringList> valueRows;
        for (const qint64 owner : std::as_const(owners)) {
            const QHash<QString, QString> ownerValues = all.value(owner);
            QJsonObject attributes;
            QStringList row{ownerName(p, scope, owner)};
            for (auto it = ownerValues.cbegin(); it != ownerValues.cend(); ++it) {
                attributes.insert(it.key(), it.value());
            }
            for (const QString& name : std::as_const(names)) {
                row << ownerValues.value(name);
            }
            values.append(QJsonObject{{QStringLiteral("scope"), attributeScopeName(scope)},
                                      {QStringLiteral("owner"), row.first()},
                                      {QStringLiteral("attributes"), attributes}});
            valueRows << row;
        }
        if (!valueRows.isEmpty() && !names.isEmpty()) {
            human << alignedTable(QStringList{scope == AttributeScope::Participant
                                                  ? QStringLiteral("Participant")
                                                  : QStringLiteral("Document")} +
                                      names,
                                  valueRows);
        }
    }
    if (line.has(QStringLiteral("values"))) {
        result.insert(QStringLiteral("values"), values);
    }
    return out.print(result, human.join(QStringLiteral("\n\n")));
}

int defineAttribute(const CommandLine& line, const Output& out)
{
    const QString synopsis = synopsisOf(QStringLiteral("define-attribute"), kDefineSynopsis);
    bool validScope = true;
    const AttributeScope scope =
        scopeOption(line, validScope).value_or(AttributeScope::Participant);
    if (!validScope) {
        return out.usage(unknownScopeMessage(line), synopsis);
    }
    std::optional<AttributeType> type;
    if (auto name = line.optional(QStringLiteral("type"))) {
        type = attributeTypeFromName(*name);
        if (!type) {
            return out.usage(
                QStringLiteral("Unknown type “%1”; use text, number, date or category.").arg(*name),
                synopsis);
        }
    }
    auto project = openProject(line.at(0));
    if (!project) {
        return out.fail(project.error());
    }
    Project& p = **project;
    const auto existing = p.attribute(scope, line.at(1));
    if (!existing && !type) {
        return out.usage(QStringLiteral("“%1” is a new %2 attribute: give its --type.")
                             .arg(line.at(1), attributeScopeName(scope)),
                         synopsis);
    }
    AttributeDefinition definition = existing.value_or(AttributeDefinition{});
    definition.scope = scope;
    if (!existing) {
        definition.name = line.at(1);
    }
    if (type) {
        definition.type = *type;
    }
    if (auto categories = line.optional(QStringLiteral("categories"))) {
        definition.categories = splitList(*categories);
    }
    if (line.has(QStringLiteral("multi-select"))) {
        definition.multiSelect = true;
    }
    if (definition.type != AttributeType::Category &&
        (line.has(QStringLiteral("categories")) || line.has(QStringLiteral("multi-select")))) {
        return out.usage(
            QStringLiteral("--categories and --multi-select apply to --type category."), synopsis);
    }
    if (definition.type != AttributeType::Category) {
        definition.categories.clear();
        definition.multiSelect = false;
    }
    if (auto st = p.defineAttribute(definition); !st) {
        return out.fail(st.error());
    }
    const AttributeDefinition stored = p.attribute(scope, definition.name).value_or(definition);
    QJsonObject json = attributeDefinitionJson(p, stored);
    json.insert(QStringLiteral("scope"), attributeScopeName(scope));
    json.insert(QStringLiteral("created"), !existing.has_value());
    return out.print(
        json, QStringLiteral("%1 the %2 attribute “%3” (%4%5)")
                  .arg(existing ? QStringLiteral("Changed") : QStringLiteral("Defined"),
                       attributeScopeName(scope), stored.name, attributeTypeName(stored.type),
                       stored.categories.isEmpty()
                           ? QString()
                           : QStringLiteral(": ") + stored.categories.join(QStringLiteral(", "))));
}

int setAttribute(const CommandLine& line, const Output& out)
{
    const bool forParticipant = line.has(QStringLiteral("participant"));
    if (forParticipant == line.has(QStringLiteral("document"))) {
        return out.usage(QStringLiteral("Give exactly one of --participant or --document."),
                         synopsisOf(QStringLiteral("set-attribute"), kSetSynopsis));
    }
    auto project = openProject(line.at(0));
    if (!project) {
        return out.fail(project.error());
    }
    Project& p = **project;
    const QString name = line.at(1);
    const QString value = line.at(2);
    QString owner;
    Status status;
    if (forParticipant) {
        auto participant = p.findParticipant(line.value(QStringLiteral("participant")));
        if (!participant) {
            return out.fail(participant.error());
        }
        owner = participant->pseudonym;
        status = p.setParticipantAttribute(participant->id, name, value);
    } else {
        auto document = p.findDocument(line.value(QStringLiteral("document")));
        if (!document) {
            return out.fail(document.error());
        }
        owner = document->name;
        status = p.setDocumentAttribute(document->id, name, value);
    }
    if (!status) {
        return out.fail(status.error());
    }
    const AttributeScope scope =
        forParticipant ? AttributeScope::Participant : AttributeScope::Document;
    const QString attribute = p.attribute(scope, name).value_or(AttributeDefinition{}).name;
    return out.print(
        QJsonObject{{QStringLiteral("scope"), attributeScopeName(scope)},
                    {QStringLiteral("owner"), owner},
                    {QStringLiteral("attribute"), attribute.isEmpty() ? name : attribute},
                    {QStringLiteral("value"), nullable(value)}},
        value.isEmpty() ? QStringLiteral("Cleared “%1” of “%2”.").arg(name, owner)
                        : QStringLiteral("Set “%1” of “%2” to “%3”.").arg(name, owner, value));
}

int importAttributes(const CommandLine& line, const Output& out)
{
    const QString synopsis = synopsisOf(QStringLiteral("attribute-import"), kImportSynopsis);
    bool validScope = true;
    AttributeImportOptions options;
    options.scope = scopeOption(line, validScope);
    options.createParticipants = line.has(QStringLiteral("create-participants"));
    if (!validScope) {
        return out.usage(unknownScopeMessage(line), synopsis);
    }
    if (options.createParticipants && options.scope == AttributeScope::Document) {
        return out.usage(
            QStringLiteral("--create-participants does not apply to --scope document."), synopsis);
    }
    auto project = openProject(line.at(0));
    if (!project) {
        return out.fail(project.error());
    }
    auto table = readDataTableFile(line.at(1));
    if (!table) {
        return out.fail(table.error());
    }
    for (const QString& warning : std::as_const(table->warnings)) {
        out.warn(QStringLiteral("warning: %1: %2").arg(line.at(1), warning));
    }
    auto report = (*project)->importAttributes(*table, options);
    if (!report) {
        return out.fail(report.error());
    }
    for (const QString& problem : std::as_const(report->problems)) {
        out.warn(QStringLiteral("error: %1: %2").arg(line.at(1), problem));
    }
    QStringList human{QStringLiteral("Set %1 values on %2 participants and %3 documents.")
                          .arg(report->valuesSet)
                          .arg(report->participantsUpdated)
                          .arg(report->documentsUpdated)};
    if (!report->attributesCreated.isEmpty()) {
        human << QStringLiteral("New attributes: ") +
                     report->attributesCreated.join(QStringLiteral(", "));
    }
    if (!report->participantsCreated.isEmpty()) {
        human << QStringLiteral("New participants: ") +
                     report->participantsCreated.join(QStringLiteral(", "));
    }
    if (!report->problems.isEmpty()) {
        human << QStringLiteral("%1 rows were not applied (see the errors above); the other rows "
                                "were.")
                     .arg(report->problems.size());
    }
    out.print(
        QJsonObject{{QStringLiteral("participants_updated"), report->participantsUpdated},
                    {QStringLiteral("documents_updated"), report->documentsUpdated},
                    {QStringLiteral("values_set"), report->valuesSet},
                    {QStringLiteral("attributes_created"),
                     QJsonArray::fromStringList(report->attributesCreated)},
                    {QStringLiteral("participants_created"),
                     QJsonArray::fromStringList(report->participantsCreated)},
                    {QStringLiteral("problems"), QJsonArray::fromStringList(report->problems)}},
        human.join(QLatin1Char('\n')));
    return report->problems.isEmpty() ? ExitOk : ExitBadInput;
}

} // namespace

QList<Command> attributeCommands()
{
    return {
        {{QStringLiteral("attributes"),
          QStringLiteral("PROJECT [--scope participant|document] [--values]"),
          1,
          1,
          {QStringLiteral("scope")},
          {QStringLiteral("values")}},
         QStringLiteral("List attribute definitions; --values adds every participant's or "
                        "document's values."),
         &listAttributes},
        {{QStringLiteral("define-attribute"),
          kDefineSynopsis,
          2,
          2,
          {QStringLiteral("type"), QStringLiteral("scope"), QStringLiteral("categories")},
          {QStringLiteral("multi-select")}},
         QStringLiteral("Define an attribute (default scope participant) or change its type "
                        "and categories."),
         &defineAttribute},
        {{QStringLiteral("set-attribute"),
          kSetSynopsis,
          3,
          3,
          {QStringLiteral("participant"), QStringLiteral("document")},
          {}},
         QStringLiteral("Set one attribute value of a participant or document (\"\" clears it)."),
         &setAttribute},
        {{QStringLiteral("attribute-import"),
          kImportSynopsis,
          2,
          2,
          {QStringLiteral("scope")},
          {QStringLiteral("create-participants")}},
         QStringLiteral("Import attribute values from CSV/XLSX (first column: pseudonym or "
                        "document); exit 1 when some rows were not applied."),
         &importAttributes},
    };
}

} // namespace tessera::cli
