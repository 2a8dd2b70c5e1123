#include "JsonViews.h"

#include "project/Project.h"

#include <QHash>

namespace tessera::cli {

QJsonValue nullable(const std::optional<qint64>& value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonObject documentJson(const Project& project, const Document& document)
{
    QJsonArray speakers;
    for (const Speaker& s : project.speakers(document.id)) {
        speakers.append(s.label);
    }
    return QJsonObject{{QStringLiteral("id"), double(document.id.value)},
                       {QStringLiteral("name"), document.name},
                       {QStringLiteral("group"), document.groupName.isEmpty()
                                                     ? QJsonValue(QJsonValue::Null)
                                                     : QJsonValue(document.groupName)},
                       {QStringLiteral("format"), document.format},
                       {QStringLiteral("length"), double(document.length)},
                       {QStringLiteral("turns"), document.turnCount},
                       {QStringLiteral("speakers"), speakers},
                       {QStringLiteral("source"), document.sourceName},
                       {QStringLiteral("guid"), document.guid}};
}

QJsonObject turnJson(const Turn& turn, const QString& text)
{
    return QJsonObject{{QStringLiteral("index"), turn.index},
                       {QStringLiteral("speaker"), turn.speaker},
                       {QStringLiteral("start"), double(turn.start)},
                       {QStringLiteral("end"), double(turn.end)},
                       {QStringLiteral("begin_ms"), nullable(turn.beginMs)},
                       {QStringLiteral("text"), text.mid(turn.start, turn.end - turn.start)}};
}

QJsonObject excerptJson(const Excerpt& e)
{
    return QJsonObject{{QStringLiteral("id"), double(e.coding.id.value)},
                       {QStringLiteral("document"), e.documentName},
                       {QStringLiteral("code"), e.codePath},
                       {QStringLiteral("coder"), e.coderName},
                       {QStringLiteral("start"), double(e.coding.start)},
                       {QStringLiteral("end"), double(e.coding.end)},
                       {QStringLiteral("speaker"),
                        e.speaker.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.speaker)},
                       {QStringLiteral("turn"),
                        e.turnIndex < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(e.turnIndex)},
                       {QStringLiteral("text"), e.text},
                       {QStringLiteral("memo"), e.coding.memo},
                       {QStringLiteral("key_quote"), e.coding.keyQuote}};
}

namespace {

template <typename Node, typename MakeObject>
QJsonArray treeJson(const QList<Node>& nodes, MakeObject makeObject)
{
    // nodes are depth-first; build children arrays bottom-up.
    QHash<qint64, QJsonArray> children;
    for (auto it = nodes.crbegin(); it != nodes.crend(); ++it) {
        QJsonObject object = makeObject(*it);
        object.insert(QStringLiteral("children"), children.take(it->id.value));
        QJsonArray& siblings = children[it->parentId ? it->parentId->value : 0];
        siblings.prepend(object);
    }
    return children.value(0);
}

} // namespace

QJsonArray codeTreeJson(const Project& project)
{
    const Retrieval retrieval(project);
    const auto counts = retrieval.countsForAllCodes();
    QHash<qint64, QString> themePaths;
    for (const Theme& t : project.themes()) {
        themePaths.insert(t.id.value, t.path);
    }
    return treeJson(project.codes(), [&](const Code& c) {
        const CodeCounts n = counts.value(c.id);
        QJsonArray themes;
        for (ThemeId t : project.themesOfCode(c.id)) {
            themes.append(themePaths.value(t.value));
        }
        return QJsonObject{{QStringLiteral("id"), double(c.id.value)},
                           {QStringLiteral("guid"), c.guid},
                           {QStringLiteral("name"), c.fields.name},
                           {QStringLiteral("path"), c.path},
                           {QStringLiteral("color"), c.fields.color},
                           {QStringLiteral("description"), c.fields.description},
                           {QStringLiteral("inclusion"), c.fields.inclusion},
                           {QStringLiteral("exclusion"), c.fields.exclusion},
                           {QStringLiteral("example"), c.fields.example},
                           {QStringLiteral("memo"), c.fields.memo},
                           {QStringLiteral("codings"), n.codings},
                           {QStringLiteral("documents"), n.documents},
                           {QStringLiteral("speakers"), n.speakers},
                           {QStringLiteral("themes"), themes}};
    });
}

QJsonArray themeTreeJson(const Project& project)
{
    const Retrieval retrieval(project);
    const auto counts = retrieval.countsForAllCodes();
    QHash<qint64, QString> codePaths;
    for (const Code& c : project.codes()) {
        codePaths.insert(c.id.value, c.path);
    }
    return treeJson(project.themes(), [&](const Theme& t) {
        QJsonArray codes;
        for (CodeId c : project.codesOfTheme(t.id)) {
            codes.append(QJsonObject{{QStringLiteral("id"), double(c.value)},
                                     {QStringLiteral("path"), codePaths.value(c.value)},
                                     {QStringLiteral("codings"), counts.value(c).codings}});
        }
        const CodeCounts total = retrieval.countsFor(retrieval.excerptsForTheme(t.id));
        return QJsonObject{{QStringLiteral("id"), double(t.id.value)},
                           {QStringLiteral("guid"), t.guid},
                           {QStringLiteral("name"), t.fields.name},
                           {QStringLiteral("path"), t.path},
                           {QStringLiteral("concept"), t.fields.organisingConcept},
                           {QStringLiteral("status"), themeStatusName(t.fields.status)},
                           {QStringLiteral("color"), t.fields.color},
                           {QStringLiteral("memo"), t.fields.memo},
                           {QStringLiteral("codes"), codes},
                           {QStringLiteral("codings"), total.codings},
                           {QStringLiteral("documents"), total.documents},
                           {QStringLiteral("speakers"), total.speakers}};
    });
}

} // namespace tessera::cli
