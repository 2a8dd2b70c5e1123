#include "Cli.h"

#include "project/Project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

QList<Command> allCommands()
{
    return documentCommands() + codingCommands() + themeCommands() + exportCommands() +
           mapCommands();
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
        return command.handler(line, out);
    }
    writeTo(stderr,
            QStringLiteral("tessera-cli: unknown command “%1”.\n\n").arg(name) + usageText());
    return ExitUsage;
}

} // namespace tessera::cli
