#include "ProjectInternals.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace tessera::internal {

std::optional<qint64> siblingNamed(Database& db, const QString& table, std::optional<qint64> parent,
                                   const QString& name)
{
    return idWithName(
        db, QStringLiteral("SELECT id, name FROM %1 WHERE ifnull(parent_id, 0) = ?1").arg(table),
        name, parent.value_or(0));
}

Status placeInTree(Database& db, const QString& table, qint64 id, std::optional<qint64> parent,
                   int position)
{
    QList<qint64> siblings;
    forEachRow(
        db,
        QStringLiteral("SELECT id FROM %1 WHERE ifnull(parent_id, 0) = ?1 AND id != ?2 "
                       "ORDER BY position, id")
            .arg(table),
        [&](Statement& s) { siblings << s.columnInt(0); }, parent.value_or(0), id);
    const qsizetype at = (position < 0 || position > siblings.size()) ? siblings.size() : position;
    siblings.insert(at, id);
    if (auto st = run(db, QStringLiteral("UPDATE %1 SET parent_id = ?1 WHERE id = ?2").arg(table),
                      parent, id);
        !st) {
        return st;
    }
    for (qsizetype i = 0; i < siblings.size(); ++i) {
        if (auto st =
                run(db,
                    QStringLiteral("UPDATE %1 SET position = ?1 WHERE id = ?2 AND position != ?1")
                        .arg(table),
                    i, siblings[i]);
            !st) {
            return st;
        }
    }
    return {};
}

QStringList ancestorNames(Database& db, const QString& table, qint64 id)
{
    QStringList names;
    // The depth guard stops a (corrupt) cycle from recursing forever.
    forEachRow(
        db,
        QStringLiteral("WITH RECURSIVE up(id, parent_id, name, depth) AS ("
                       "  SELECT id, parent_id, name, 0 FROM %1 WHERE id = ?1"
                       "  UNION ALL SELECT t.id, t.parent_id, t.name, up.depth + 1 FROM %1 t"
                       "  JOIN up ON t.id = up.parent_id WHERE up.depth < 10000) "
                       "SELECT name FROM up ORDER BY depth DESC")
            .arg(table),
        [&](Statement& s) { names << s.columnText(0); }, id);
    return names;
}

Status checkColor(const QString& color)
{
    if (!color.isEmpty() && !isValidColor(color)) {
        return invalid(QStringLiteral("The colour “%1” is not of the form #RRGGBB (for example "
                                      "#1F77B4).")
                           .arg(color));
    }
    return {};
}

QString joinMemos(const QString& a, const QString& b)
{
    if (a.isEmpty()) {
        return b;
    }
    if (b.isEmpty() || a == b) {
        return a;
    }
    return a + QStringLiteral("\n\n") + b;
}

} // namespace tessera::internal

namespace tessera::internal {
namespace {

const QString kDefinitionColumns =
    QStringLiteral("SELECT scope, name, type, position, categories, multi_select, survey_id "
                   "FROM attribute_definitions");

AttributeDefinition readDefinition(Statement& s)
{
    AttributeDefinition d;
    d.scope = attributeScopeFromName(s.columnText(0)).value_or(AttributeScope::Participant);
    d.name = s.columnText(1);
    d.type = attributeTypeFromName(s.columnText(2)).value_or(AttributeType::Text);
    d.position = int(s.columnInt(3));
    const QJsonArray categories = QJsonDocument::fromJson(s.columnText(4).toUtf8()).array();
    for (const QJsonValue& category : categories) {
        d.categories << category.toString();
    }
    d.multiSelect = s.columnInt(5) != 0;
    if (auto survey = s.columnOptionalInt(6)) {
        d.survey = SurveyId(*survey);
    }
    return d;
}

QString categoriesJson(const QStringList& categories)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(categories)).toJson(QJsonDocument::Compact));
}

} // namespace

QList<AttributeDefinition> readAttributes(Database& db, AttributeScope scope)
{
    QList<AttributeDefinition> list;
    forEachRow(
        db, kDefinitionColumns + QStringLiteral(" WHERE scope = ?1 ORDER BY position, id"),
        [&](Statement& s) { list << readDefinition(s); }, attributeScopeName(scope));
    return list;
}

std::optional<AttributeDefinition> readAttribute(Database& db, AttributeScope scope,
                                                 const QString& name)
{
    const QString key = foldedName(name.trimmed());
    for (const AttributeDefinition& d : readAttributes(db, scope)) {
        if (foldedName(d.name) == key) {
            return d;
        }
    }
    return std::nullopt;
}

Status insertAttribute(Database& db, const AttributeDefinition& definition)
{
    const QString scope = attributeScopeName(definition.scope);
    const qint64 position =
        scalar(db,
               QStringLiteral("SELECT ifnull(max(position), -1) + 1 FROM attribute_definitions "
                              "WHERE scope = ?1"),
               scope)
            .value_or(0);
    return run(db,
               QStringLiteral("INSERT INTO attribute_definitions(scope, name, type, position, "
                              "categories, multi_select, survey_id) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"),
               scope, definition.name, attributeTypeName(definition.type), position,
               categoriesJson(definition.categories), definition.multiSelect,
               definition.survey ? std::optional<qint64>(definition.survey->value) : std::nullopt);
}

Status updateAttribute(Database& db, const AttributeDefinition& definition)
{
    return run(db,
               QStringLiteral("UPDATE attribute_definitions SET type = ?1, categories = ?2, "
                              "multi_select = ?3 WHERE scope = ?4 AND name = ?5"),
               attributeTypeName(definition.type), categoriesJson(definition.categories),
               definition.multiSelect, attributeScopeName(definition.scope), definition.name);
}

Status checkAttributeName(const QString& name)
{
    if (name.trimmed().isEmpty()) {
        return invalid(QStringLiteral("The attribute name is empty. Give it a name."));
    }
    static const QRegularExpression control(QStringLiteral("[\\x00-\\x1F\\x7F]"));
    if (control.match(name).hasMatch()) {
        return invalid(QStringLiteral("The attribute name “%1” contains a line break or control "
                                      "character. Use a single line of text.")
                           .arg(name.simplified()));
    }
    if (name != name.trimmed()) {
        return invalid(
            QStringLiteral("The attribute name “%1” starts or ends with spaces. Remove them.")
                .arg(name));
    }
    return {};
}

QString normaliseAttributeValue(const AttributeDefinition& definition, const QString& value)
{
    if (definition.type == AttributeType::Category && definition.multiSelect) {
        return splitMultiSelect(value).join(QLatin1Char(';'));
    }
    return value.trimmed();
}

QString attributeValueProblem(const AttributeDefinition& definition, const QString& value)
{
    if (isValidAttributeValue(definition.type, value)) {
        return {};
    }
    switch (definition.type) {
    case AttributeType::Number:
        return QStringLiteral("“%1” is not a number for “%2” (write numbers like 12 or -3.5, with "
                              "a point for decimals)")
            .arg(value, definition.name);
    case AttributeType::Date:
        return QStringLiteral("“%1” is not a date for “%2” (write dates as yyyy-MM-dd, e.g. "
                              "2021-03-12)")
            .arg(value, definition.name);
    case AttributeType::Text:
    case AttributeType::Category:
        break;
    }
    return QStringLiteral("“%1” does not fit “%2”").arg(value, definition.name);
}

Status putAttributeValue(Database& db, AttributeScope scope, qint64 owner, const QString& name,
                         const QString& value)
{
    const bool participant = scope == AttributeScope::Participant;
    const QString table = participant ? QStringLiteral("participant_attributes")
                                      : QStringLiteral("document_attributes");
    const QString ownerColumn =
        participant ? QStringLiteral("participant_id") : QStringLiteral("document_id");
    if (value.isEmpty()) {
        return run(
            db,
            QStringLiteral("DELETE FROM %1 WHERE %2 = ?1 AND name = ?2").arg(table, ownerColumn),
            owner, name);
    }
    // An unchanged value is not rewritten, so undo replays only real changes.
    return run(db,
               QStringLiteral("INSERT INTO %1(%2, name, value) VALUES (?1, ?2, ?3) "
                              "ON CONFLICT(%2, name) DO UPDATE SET value = excluded.value "
                              "WHERE value IS NOT excluded.value")
                   .arg(table, ownerColumn),
               owner, name, value);
}

QString tableRowLabel(const DataTable& table, int index)
{
    const int line = index < table.sourceLines.size() ? table.sourceLines[index] : 0;
    return line > 0 ? QStringLiteral("row %1 (line %2)").arg(index + 1).arg(line)
                    : QStringLiteral("row %1").arg(index + 1);
}

AttributeDefinition inferAttribute(AttributeScope scope, const QString& name,
                                   const QStringList& values)
{
    constexpr int kMaxInferredCategories = 12;
    AttributeDefinition d;
    d.scope = scope;
    d.name = name;
    const auto all = [&](AttributeType type) {
        return std::all_of(values.cbegin(), values.cend(),
                           [&](const QString& v) { return isValidAttributeValue(type, v); });
    };
    if (values.isEmpty()) {
        return d;
    }
    if (all(AttributeType::Number)) {
        d.type = AttributeType::Number;
    } else if (all(AttributeType::Date)) {
        d.type = AttributeType::Date;
    } else {
        QStringList distinct;
        QSet<QString> seen;
        for (const QString& v : values) {
            if (!seen.contains(foldedName(v))) {
                seen.insert(foldedName(v));
                distinct << v;
            }
        }
        if (distinct.size() <= kMaxInferredCategories && distinct.size() < values.size()) {
            d.type = AttributeType::Category;
            d.categories = distinct;
        }
    }
    return d;
}

bool mergeCategoryValues(AttributeDefinition& definition, const QStringList& values)
{
    QSet<QString> known;
    for (const QString& c : std::as_const(definition.categories)) {
        known.insert(foldedName(c));
    }
    bool added = false;
    for (const QString& value : values) {
        const QStringList options =
            definition.multiSelect ? splitMultiSelect(value) : QStringList{value.trimmed()};
        for (const QString& option : options) {
            if (!option.isEmpty() && !known.contains(foldedName(option))) {
                known.insert(foldedName(option));
                definition.categories << option;
                added = true;
            }
        }
    }
    return added;
}

} // namespace tessera::internal
