#include "Cli.h"
#include "JsonViews.h"
#include "project/Project.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tessera::cli {
namespace {

int addTheme(const CommandLine& line, const Output& out)
{
    const QString synopsis =
        QStringLiteral("theme-add PROJECT NAME [--parent THEME] [--concept T] [--status S]");
    ThemeFields fields;
    fields.name = line.at(1);
    fields.organisingConcept = line.value(QStringLiteral("concept"));
    fields.color = line.value(QStringLiteral("color"));
    if (auto status = line.optional(QStringLiteral("status"))) {
        const auto parsed = themeStatusFromName(*status);
        if (!parsed) {
            return out.usage(
                QStringLiteral("Unknown status “%1”; use candidate, reviewed or final.")
                    .arg(*status),
                synopsis);
        }
        fields.status = *parsed;
    }
    auto project = openProject(line.at(0));
    if (!project) {
        return out.fail(project.error());
    }
    std::optional<ThemeId> parent;
    if (auto parentName = line.optional(QStringLiteral("parent"))) {
        auto p = (*project)->findTheme(*parentName);
        if (!p) {
            return out.fail(p.error());
        }
        parent = p->id;
    }
    auto id = (*project)->addTheme(fields, parent);
    if (!id) {
        return out.fail(id.error());
    }
    const Theme theme = *(*project)->theme(*id);
    return out.print(QJsonObject{{QStringLiteral("id"), double(theme.id.value)},
                                 {QStringLiteral("guid"), theme.guid},
                                 {QStringLiteral("name"), theme.fields.name},
                                 {QStringLiteral("path"), theme.path},
                                 {QStringLiteral("status"), themeStatusName(theme.fields.status)}},
                     QStringLiteral("Created theme “%1” (%2)")
                         .arg(theme.path, themeStatusName(theme.fields.status)));
}

int linkTheme(const CommandLine& line, const Output& out)
{
    auto project = openProject(line.at(0));
    if (!project) {
        return out.fail(project.error());
    }
    auto theme = (*project)->findTheme(line.at(1));
    if (!theme) {
        return out.fail(theme.error());
    }
    auto code = (*project)->findCodeByPath(line.at(2));
    if (!code) {
        return out.fail(code.error());
    }
    if (auto st = (*project)->linkCodeToTheme(code->id, theme->id); !st) {
        return out.fail(st.error());
    }
    return out.print(
        QJsonObject{{QStringLiteral("theme"), theme->path}, {QStringLiteral("code"), code->path}},
        QStringLiteral("Added “%1” to the theme “%2”").arg(code->path, theme->path));
}

void describeThemes(const QJsonArray& nodes, int depth, QStringList& lines)
{
    for (const QJsonValue& value : nodes) {
        const QJsonObject node = value.toObject();
        QStringList codes;
        for (const QJsonValue& c : node.value(QStringLiteral("codes")).toArray()) {
            codes << c.toObject().value(QStringLiteral("path")).toString();
        }
        lines << QStringLiteral("%1%2 (%3) [%4 codings, %5 documents, %6 speakers]%7")
                     .arg(QString(depth * 2, QLatin1Char(' ')),
                          node.value(QStringLiteral("name")).toString(),
                          node.value(QStringLiteral("status")).toString())
                     .arg(node.value(QStringLiteral("codings")).toInt())
                     .arg(node.value(QStringLiteral("documents")).toInt())
                     .arg(node.value(QStringLiteral("speakers")).toInt())
                     .arg(codes.isEmpty()
                              ? QString()
                              : QStringLiteral(": ") + codes.join(QStringLiteral(", ")));
        describeThemes(node.value(QStringLiteral("children")).toArray(), depth + 1, lines);
    }
}

int listThemes(const CommandLine& line, const Output& out)
{
    auto project = openProject(line.at(0));
    if (!project) {
        return out.fail(project.error());
    }
    const QJsonArray tree = themeTreeJson(**project);
    QStringList lines;
    describeThemes(tree, 0, lines);
    return out.print(tree, lines.isEmpty() ? QStringLiteral("No themes.")
                                           : lines.join(QLatin1Char('\n')));
}

} // namespace

QList<Command> themeCommands()
{
    return {
        {{QStringLiteral("theme-add"),
          QStringLiteral(
              "PROJECT NAME [--parent THEME] [--concept T] [--status candidate|reviewed|final] "
              "[--color #RRGGBB]"),
          2,
          2,
          {QStringLiteral("parent"), QStringLiteral("concept"), QStringLiteral("status"),
           QStringLiteral("color")},
          {}},
         QStringLiteral("Add a theme or, with --parent, a subtheme."),
         &addTheme},
        {{QStringLiteral("theme-link"), QStringLiteral("PROJECT THEME CODE"), 3, 3, {}, {}},
         QStringLiteral("Put a code into a theme (a code may be in several themes)."),
         &linkTheme},
        {{QStringLiteral("themes"), QStringLiteral("PROJECT"), 1, 1, {}, {}},
         QStringLiteral("The theme tree with linked codes and counts."),
         &listThemes},
    };
}

} // namespace tessera::cli
