#include "Cli.h"

#include "project/Project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

namespace tessera::cli {
namespace {

void writeTo(FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    if (!text.endsWith(QLatin1Char('\n'))) {
        std::fputc('\n', stream);
    }
    std::fflush(stream);
}

} // namespace

QList<Command> teamCommands();   // TeamCommands.cpp: coders, blind coding, agreement
QList<Command> reviewCommands(); // ReviewCommands.cpp: merge, codebook comparison and review
QList<Command> refiCommands();   // RefiCommands.cpp: REFI-QDA .qdc and .qdpx exchange

namespace {

// The order of the usage text (and of the README's command table).
QList<Command> allCommands()
{
    return documentCommands()    // new, sample, import, documents, text, turns
           + codingCommands()    // code-add, codes, apply, codings
           + themeCommands()     // theme-add, theme-link, themes
           + exportCommands()    // export-themes, export-codebook
           + mapCommands()       // export-map
           + caseCommands()      // participants, link-speakers, count-facilitators
           + attributeCommands() // attributes, define-attribute, set-attribute, attribute-import
           + surveyCommands()    // survey-import, surveys, survey-summary
           + matrixCommands()    // matrix, joint-display
           + teamCommands()      // coders, coder-add, blind, agreement, disagreements
           + reviewCommands()    // merge, compare-codebooks, code-review, code-comment
           + refiCommands();     // export-qdc, export-qdpx, import-qdc, import-qdpx
}

// Every value of each repeatable option, read with CommandLine's grammar ("--name VALUE",
// "--name=VALUE", values of other options skipped, nothing after "--"). Runs after
// CommandLine::parse accepted the arguments, so it needs no error handling of its own.
RepeatedOptions repeatedOptions(const QStringList& args, const Command& command)
{
    RepeatedOptions repeated;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        if (arg == QLatin1String("--")) {
            break;
        }
        const bool isShort =
            arg.size() == 2 && arg.at(0) == QLatin1Char('-') && arg.at(1).isLetter();
        if (!(arg.startsWith(QLatin1String("--")) && arg.size() > 2) && !isShort) {
            continue;
        }
        QString name = arg.mid(isShort ? 1 : 2);
        std::optional<QString> value;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq > 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        } else if (command.spec.valueOptions.contains(name) && i + 1 < args.size()) {
            value = args[++i];
        }
        if (value && command.repeatable.contains(name)) {
            repeated[name] << *value;
        }
    }
    return repeated;
}

QString usageText()
{
    QString text = QStringLiteral(
        "Usage: tessera-cli [--json] COMMAND ARGUMENTS...\n\n"
        "Tessera's command line: the same project API as the desktop application.\n"
        "--json prints JSON on stdout. Errors go to stderr; exit code 1 means bad input,\n"
        "2 means wrong usage. Positions are UTF-16 code units, ranges are START:END (end "
        "exclusive).\n\nCommands:\n");
    for (const Command& c : allCommands()) {
        text += QStringLiteral("  %1 %2\n      %3\n").arg(c.spec.name, c.spec.synopsis, c.summary);
    }
    return text;
}

} // namespace

int Output::print(const QJsonValue& value, const QString& human) const
{
    if (m_json) {
        QJsonDocument doc =
            value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
        writeTo(stdout, QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
    } else if (!human.isEmpty()) {
        writeTo(stdout, human);
    }
    return ExitOk;
}

int Output::fail(const Error& error) const
{
    writeTo(stderr, QStringLiteral("tessera-cli: error: ") + error.message);
    return ExitBadInput;
}

void Output::warn(const QString& message) const
{
    writeTo(stderr, QStringLiteral("tessera-cli: ") + message);
}

int Output::usage(const QString& message, const QString& synopsis) const
{
    writeTo(stderr,
            QStringLiteral("tessera-cli: %1\nUsage: tessera-cli %2\nRun “tessera-cli --help” "
                           "for all commands.")
                .arg(message, synopsis));
    return ExitUsage;
}

Result<std::unique_ptr<Project>> openProject(const QString& path)
{
    return Project::open(path);
}

QString synopsisOf(const QString& command, const QString& synopsis)
{
    return command + QLatin1Char(' ') + synopsis;
}

QStringList splitList(const QString& value)
{
    QStringList items;
    QString item;
    bool quoted = false;
    for (const QChar c : value) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (c == QLatin1Char(',') && !quoted) {
            items << item.trimmed();
            item.clear();
        } else {
            item += c;
        }
    }
    items << item.trimmed();
    items.removeAll(QString());
    return items;
}

QStringList namesFromLists(const QStringList& values, const QStringList& known)
{
    const auto knownName = [&](const QString& name) -> std::optional<QString> {
        for (const QString& k : known) {
            if (k.compare(name, Qt::CaseInsensitive) == 0) {
                return k;
            }
        }
        return std::nullopt;
    };
    QStringList names;
    for (const QString& value : values) {
        if (auto whole = knownName(value.trimmed())) {
            names << *whole;
            continue;
        }
        for (const QString& item : splitList(value)) {
            names << knownName(item).value_or(item);
        }
    }
    names.removeDuplicates();
    return names;
}

QString alignedTable(const QStringList& header, const QList<QStringList>& rows,
                     const QList<int>& rightAligned)
{
    QList<qsizetype> widths(header.size(), 0);
    for (qsizetype c = 0; c < header.size(); ++c) {
        widths[c] = header[c].size();
    }
    for (const QStringList& row : rows) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c) {
            widths[c] = std::max(widths[c], row[c].size());
        }
    }
    const auto formatRow = [&](const QStringList& cells) {
        QStringList padded;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            const QString cell = cells.value(c);
            const bool last = c + 1 == widths.size();
            if (rightAligned.contains(int(c))) {
                padded << cell.rightJustified(widths[c]);
            } else {
                padded << (last ? cell : cell.leftJustified(widths[c]));
            }
        }
        return padded.join(QStringLiteral("  "));
    };
    QStringList lines{formatRow(header)};
    QStringList rules;
    for (const qsizetype w : widths) {
        rules << QString(w, QLatin1Char('-'));
    }
    lines << rules.join(QStringLiteral("  "));
    for (const QStringList& row : rows) {
        lines << formatRow(row);
    }
    return lines.join(QLatin1Char('\n'));
}

QStringList argumentsOf(int argc, char** argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i) {
        args << QString::fromLocal8Bit(argv[i]);
    }
    return args;
}

bool needsGuiApplication(const QStringList& arguments)
{
    QStringList args = arguments;
    args.removeAll(QStringLiteral("--json"));
    if (args.isEmpty()) {
        return false;
    }
    const QString name = args.takeFirst();
    for (const Command& command : allCommands()) {
        if (command.spec.name == name) {
            CommandLine line;
            // A usage error is reported by run() on a QCoreApplication.
            return !line.parse(args, command.spec) && exportNeedsGui(name, line);
        }
    }
    return false;
}

int run(const QStringList& arguments)
{
    QStringList args = arguments;
    bool json = false;
    // --json is global and may come before or after the command.
    if (args.removeAll(QStringLiteral("--json")) > 0) {
        json = true;
    }
    const Output out(json);
    if (args.isEmpty() || args.first() == QLatin1String("--help") ||
        args.first() == QLatin1String("-h") || args.first() == QLatin1String("help")) {
        if (args.isEmpty()) {
            writeTo(stderr, usageText());
            return ExitUsage;
        }
        writeTo(stdout, usageText());
        return ExitOk;
    }
    if (args.first() == QLatin1String("--version")) {
        writeTo(stdout, QStringLiteral("tessera-cli " TESSERA_VERSION));
        return ExitOk;
    }
    const QString name = args.takeFirst();
    for (const Command& command : allCommands()) {
        if (command.spec.name != name) {
            continue;
        }
        CommandLine line;
        if (auto problem = line.parse(args, command.spec)) {
            return out.usage(*problem,
                             command.spec.name + QLatin1Char(' ') + command.spec.synopsis);
        }
        if (command.repeatingHandler) {
            return command.repeatingHandler(line, repeatedOptions(args, command), out);
        }
        return command.handler(line, out);
    }
    writeTo(stderr,
            QStringLiteral("tessera-cli: unknown command “%1”.\n\n").arg(name) + usageText());
    return ExitUsage;
}

} // namespace tessera::cli
