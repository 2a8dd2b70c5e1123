#pragma once

#include "CommandLine.h"
#include "common/Result.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <memory>

namespace tessera {
class Project;
}

namespace tessera::cli {

enum ExitCode { ExitOk = 0, ExitBadInput = 1, ExitUsage = 2 };

// Where a command writes: JSON on stdout with --json, readable text otherwise; errors always on
// stderr. Every command ends through one of these so exit codes stay consistent.
class Output {
public:
    explicit Output(bool json) : m_json(json) {}
    bool json() const { return m_json; }

    // Prints `value` (JSON mode) or `human` (text mode); returns ExitOk.
    int print(const QJsonValue& value, const QString& human) const;
    // Prints the error's message to stderr; returns ExitBadInput.
    int fail(const Error& error) const;
    // Prints a message to stderr without ending the command (per-file import errors).
    void warn(const QString& message) const;
    int usage(const QString& message, const QString& synopsis) const;

private:
    bool m_json;
};

using Handler = int (*)(const CommandLine&, const Output&);

struct Command {
    CommandSpec spec;
    QString summary;
    Handler handler;
};

QList<Command> documentCommands();
QList<Command> codingCommands();
QList<Command> themeCommands();
QList<Command> exportCommands();
QList<Command> mapCommands();

// Whether a command needs a QGuiApplication rather than a QCoreApplication: laying out text
// (PDF export) needs fonts, which Qt provides only through a platform plugin.
bool exportNeedsGui(const QString& command, const CommandLine& line);

Result<std::unique_ptr<Project>> openProject(const QString& path);

// The command-line arguments (without the program name) before any application object exists,
// decoded as QCoreApplication::arguments() would.
QStringList argumentsOf(int argc, char** argv);
// True when the arguments name a valid command that needs a QGuiApplication (see
// exportNeedsGui); main() decides which application object to create from this.
bool needsGuiApplication(const QStringList& args);

int run(const QStringList& args);

} // namespace tessera::cli
