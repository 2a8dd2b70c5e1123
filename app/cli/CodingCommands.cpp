#include "Cli.h"
#include "JsonViews.h"
#include "analysis/Retrieval.h"
#include "project/Project.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace tessera::cli {
namespace {

int addCode(const CommandLine& line, const Output& out)
{
    auto project = openProject(line.at(0));
    if (!project) {
        return out.fail(project.error());
    }
    std::optional<CodeId> parent;
    if (auto parentPath = line.optional(QStringLiteral("parent"))) {
        auto p = (*project)->findCodeByPath(*parentPath);
        if (!p) {
            return out.fail(p.error());
        }
        parent = p->id;
    }
    CodeFields fields;
    fields.name = line.at(1);
    fields.color = line.value(QStringLiteral("color"));
    fields.description = line.value(QStringLiteral("description"));
    fields.inclusion = line.value(QStringLiteral("inclusion"));
    fields.exclusion = line.value(QStringLiteral("exclusion"));
    fields.example = line.value(QStringLiteral("example"));
    auto id = (*project)->addCode(fields, parent);
    if (!id) {
        return out.fail(id.error());
    }
    const Code code = *(*project)->code(*id);
    return out.print(QJsonObject{{QStringLiteral("id"), double(code.id.value)},
                                 {QStringLiteral("guid"), code.guid},
                                 {QStringLiteral("name"), code.fields.name},
                                 {QStringLiteral("path"), code.path},
                                 {QStringLiteral("color"), code.fields.color}},
                     QStringLiteral("Created code “%1” (%2)").arg(code.path, code.fields.color));
}

void describeTree(const QJsonArray& nodes, int depth, QStringList& lines)
{
    for (const QJsonValue& value : nodes) {
        const QJsonObject node = value.toObject();
        lines << QStringLiteral("%1%2  [%3 codings, %4 documents]")
                     .arg(QString(depth * 2, QLatin1Char(' ')),
                          node.value(QStringLiteral("name")).toString())
                     .arg(node.value(QStringLiteral("codings")).toInt())
                     .arg(node.value(QStringLiteral("documents")).toInt());
        describeTree(node.value(QStringLiteral("children")).toArray(), depth + 1, lines);
    }
}

int listCodes(const CommandLine& line, const Output& out)
{
    auto project = openProject(line.at(0));
    if (!project) {
        return out.fail(project.error());
    }
    const QJsonArray tree = codeTreeJson(**project);
    QStringList lines;
    describeTree(tree, 0, lines);
    return out.print(tree,
                     lines.isEmpty() ? QStringLiteral("No codes.") : lines.join(QLatin1Char('\n')));
}

std::optional<std::pair<qsizetype, qsizetype>> parseRange(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() != 2) {
        return std::nullopt;
    }
    bool okStart = false;
    bool okEnd = false;
    const qsizetype start = parts[0].toLongLong(&okStart);
    const qsizetype end = parts[1].toLongLong(&okEnd);
    if (!okStart || !okEnd) {
        return std::nullopt;
    }
    return std::pair{start, end};
}

int applyCode(const CommandLine& line, const Output& out)
{
    const QString synopsis =
        QStringLiteral("apply PROJECT DOC CODE (--range START:END | --turn N | --match REGEX) "
                       "[--coder NAME] [--memo T] [--key-quote]");
    const int selectors = int(line.has(QStringLiteral("range"))) +
                          int(line.has(QStringLiteral("turn"))) +
                          int(line.has(QStringLiteral("match")));
    if (selectors != 1) {
        return out.usage(QStringLiteral("Give exactly one of --range, --turn or --match."),
                         synopsis);
    }
    auto project = openProject(line.at(0));
    if (!project) {
        return out.fail(project.error());
    }
    Project& p = **project;
    auto doc = p.findDocument(line.at(1));
    if (!doc) {
        return out.fail(doc.error());
    }
    auto code = p.findCodeByPath(line.at(2));
    if (!code) {
        return out.fail(code.error());
    }
    std::optional<CoderId> coder;
    if (auto name = line.optional(QStringLiteral("coder"))) {
        auto found = p.findCoder(*name);
        if (!found) {
            // A new coder name is a new team member, not a typo to refuse: CLI scripts add coders
            // this way.
            auto added = p.addCoder(*name);
            if (!added) {
                return out.fail(added.error());
            }
            out.warn(QStringLiteral("note: added the new coder “%1” to the project.").arg(*name));
            coder = *added;
        } else {
            coder = found->id;
        }
    }
    QList<std::pair<qsizetype, qsizetype>> ranges;
    if (auto range = line.optional(QStringLiteral("range"))) {
        const auto parsed = parseRange(*range);
        if (!parsed) {
            return out.usage(
                QStringLiteral("--range must be START:END with whole numbers, e.g. 120:245."),
                synopsis);
        }
        ranges << *parsed;
    } else if (auto turn = line.optional(QStringLiteral("turn"))) {
        bool ok = false;
        const int index = turn->toInt(&ok);
        const QList<Turn> turns = p.turns(doc->id);
        const auto it = std::find_if(turns.cbegin(), turns.cend(),
                                     [&](const Turn& t) { return t.index == index; });
        if (!ok || it == turns.cend()) {
            return out.fail(
                makeError(ErrorCode::NotFound,
                          QStringLiteral("“%1” has no turn %2 (it has turns 0 to %3; see “turns”).")
                              .arg(doc->name, *turn)
                              .arg(turns.size() - 1)));
        }
        ranges << std::pair{it->start, it->end};
    } else {
        const QRegularExpression pattern(line.value(QStringLiteral("match")),
                                         QRegularExpression::UseUnicodePropertiesOption);
        if (!pattern.isValid()) {
            return out.fail(
                makeError(ErrorCode::InvalidInput,
                          QStringLiteral("The pattern “%1” is not a valid regular expression: %2.")
                              .arg(pattern.pattern(), pattern.errorString())));
        }
        const QString text = p.documentText(doc->id);
        auto matches = pattern.globalMatch(text);
        while (matches.hasNext()) {
            const auto match = matches.next();
            if (match.capturedLength() > 0) {
                ranges << std::pair{match.capturedStart(), match.capturedEnd()};
            }
        }
        if (ranges.isEmpty()) {
            return out.fail(
                makeError(ErrorCode::NotFound,
                          QStringLiteral("“%1” does not occur in “%2”. Nothing was coded.")
                              .arg(pattern.pattern(), doc->name)));
        }
    }
    QList<NewCoding> codings;
    for (const auto& [start, end] : ranges) {
        NewCoding c;
        c.documentId = doc->id;
        c.codeId = code->id;
        c.coderId = coder;
        c.start = start;
        c.end = end;
        c.memo = line.value(QStringLiteral("memo"));
        c.keyQuote = line.has(QStringLiteral("key-quote"));
        codings << c;
    }
    auto ids = p.addCodings(codings, QObject::tr("Apply code “%1”").arg(code->fields.name));
    if (!ids) {
        return out.fail(ids.error());
    }
    QList<Coding> created;
    for (CodingId id : *ids) {
        created << *p.coding(id);
    }
    const QList<Excerpt> excerpts = Retrieval(p).excerpts(created);
    QJsonArray list;
    QStringList human;
    for (const Excerpt& e : excerpts) {
        list.append(excerptJson(e));
        human << QStringLiteral("Coded %1:%2 with “%3”: %4")
                     .arg(e.coding.start)
                     .arg(e.coding.end)
                     .arg(e.codePath, e.text.simplified().left(80));
    }
    return out.print(list, human.join(QLatin1Char('\n')));
}

int listCodings(const CommandLine& line, const Output& out)
{
    auto project = openProject(line.at(0));
    if (!project) {
        return out.fail(project.error());
    }
    Project& p = **project;
    CodingFilter filter;
    if (auto path = line.optional(QStringLiteral("code"))) {
        auto code = p.findCodeByPath(*path);
        if (!code) {
            return out.fail(code.error());
        }
        filter.codeId = code->id;
    }
    if (auto name = line.optional(QStringLiteral("doc"))) {
        auto doc = p.findDocument(*name);
        if (!doc) {
            return out.fail(doc.error());
        }
        filter.documentId = doc->id;
    }
    if (auto name = line.optional(QStringLiteral("coder"))) {
        auto coder = p.findCoder(*name);
        if (!coder) {
            return out.fail(coder.error());
        }
        filter.coderId = coder->id;
    }
    // Blind coding: each coder sees only their own codings until the team chooses to compare.
    if (p.blindCoding() && !line.has(QStringLiteral("all-coders"))) {
        if (const auto current = p.currentCoder()) {
            if (filter.coderId && *filter.coderId != current->id) {
                return out.fail(makeError(
                    ErrorCode::InvalidInput,
                    QStringLiteral("Blind coding is on: the current coder, %1, sees only their own "
                                   "codings. Give --all-coders to see other coders' codings, or "
                                   "turn blind coding off with “blind %2 off”.")
                        .arg(current->name, line.at(0))));
            }
            filter.coderId = current->id;
            out.warn(QStringLiteral("note: blind coding is on: only %1's codings (the current "
                                    "coder's) are listed; --all-coders lists everyone's.")
                         .arg(current->name));
        }
    }
    QJsonArray list;
    QStringList human;
    for (const Excerpt& e : Retrieval(p).excerpts(p.codings(filter))) {
        list.append(excerptJson(e));
        human << QStringLiteral("%1\t%2\t%3\t%4\t%5:%6\t%7\t%8")
                     .arg(e.coding.id.value)
                     .arg(e.documentName, e.codePath, e.coderName)
                     .arg(e.coding.start)
                     .arg(e.coding.end)
                     .arg(e.speaker.isEmpty() ? QStringLiteral("-") : e.speaker,
                          e.text.simplified().left(60));
    }
    return out.print(list, human.isEmpty() ? QStringLiteral("No codings.")
                                           : human.join(QLatin1Char('\n')));
}

} // namespace

QList<Command> codingCommands()
{
    return {
        {{QStringLiteral("code-add"),
          QStringLiteral(
              "PROJECT NAME [--parent PATH] [--color #RRGGBB] [--description T] [--inclusion T] "
              "[--exclusion T] [--example T]"),
          2,
          2,
          {QStringLiteral("parent"), QStringLiteral("color"), QStringLiteral("description"),
           QStringLiteral("inclusion"), QStringLiteral("exclusion"), QStringLiteral("example")},
          {}},
         QStringLiteral("Add a code (PATH = Parent/Child)."),
         &addCode},
        {{QStringLiteral("codes"), QStringLiteral("PROJECT"), 1, 1, {}, {}},
         QStringLiteral("The code tree with definitions and counts."),
         &listCodes},
        {{QStringLiteral("apply"),
          QStringLiteral(
              "PROJECT DOC CODE (--range START:END | --turn N | --match REGEX) [--coder NAME] "
              "[--memo T] [--key-quote]"),
          3,
          3,
          {QStringLiteral("range"), QStringLiteral("turn"), QStringLiteral("match"),
           QStringLiteral("coder"), QStringLiteral("memo")},
          {QStringLiteral("key-quote")}},
         QStringLiteral(
             "Code a range, a whole turn or every match of a pattern; prints the new codings."),
         &applyCode},
        {{QStringLiteral("codings"),
          QStringLiteral("PROJECT [--code PATH] [--doc DOC] [--coder NAME] [--all-coders]"),
          1,
          1,
          {QStringLiteral("code"), QStringLiteral("doc"), QStringLiteral("coder")},
          {QStringLiteral("all-coders")}},
         QStringLiteral("List codings with document, code, coder, range, speaker and text (with "
                        "blind coding on, only the current coder's unless --all-coders)."),
         &listCodings},
    };
}

} // namespace tessera::cli
