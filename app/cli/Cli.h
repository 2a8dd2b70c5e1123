#pragma once

#include "CommandLine.h"
#include "common/Result.h"
#include "model/Entities.h"

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

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

// Every value of the options a command accepts more than once ("--link P1=Ann --link P2=Bob"),
// in the order given. CommandLine keeps one value per option, so the dispatcher collects these.
using RepeatedOptions = QHash<QString, QStringList>;
using RepeatingHandler = int (*)(const CommandLine&, const RepeatedOptions&, const Output&);

struct Command {
    CommandSpec spec;
    QString summary;
    Handler handler = nullptr;
    // Value options (also listed in spec.valueOptions) that may be repeated; a command that has
    // any is run through repeatingHandler instead of handler.
    QSet<QString> repeatable = {};
    RepeatingHandler repeatingHandler = nullptr;
};

QList<Command> documentCommands();
QList<Command> codingCommands();
QList<Command> themeCommands();
QList<Command> exportCommands();
QList<Command> mapCommands();
QList<Command> caseCommands();      // participants, speaker links, facilitator counting
QList<Command> attributeCommands(); // attribute definitions and values
QList<Command> surveyCommands();    // survey import, listing, summaries
QList<Command> matrixCommands();    // code/theme × attribute matrices, joint displays

// Whether a command needs a QGuiApplication rather than a QCoreApplication: laying out text
// (PDF export) needs fonts, which Qt provides only through a platform plugin.
bool exportNeedsGui(const QString& command, const CommandLine& line);

Result<std::unique_ptr<Project>> openProject(const QString& path);

// "name synopsis", for usage messages.
QString synopsisOf(const QString& command, const QString& synopsis);

// Report files (ExportCommands.cpp): the commands that take "--format md|html|csv|docx|odt|pdf
// -o FILE". A usage message when either is missing or the format is unknown.
std::optional<QString> missingFormatOrFile(const CommandLine& line);
// Whether --format or -o was given (commands that print by default and write a file on request).
bool wantsReportFile(const CommandLine& line);
// Writes `bytes` to -o atomically and prints {file, bytes, format}. `what` names the report in
// messages ("survey summary"); `stem` is the file name suggested when -o names a folder.
int writeReportFile(const CommandLine& line, const Output& out, const QByteArray& bytes,
                    const QString& what, const QString& stem);

// A list option's items: "A,B" or, for items holding commas, quoted: "A,\"B, C\"". Items are
// trimmed; empty ones are dropped.
QStringList splitList(const QString& value);
// The names a list option (possibly repeated) gives, checked against `known`: a value that is
// exactly one known name (ignoring case) is that name even when it holds commas; any other value
// is split with splitList. Known names come back in their own spelling; unknown ones as typed.
QStringList namesFromLists(const QStringList& values, const QStringList& known);
// The names of a survey's closed questions, in column order (for --questions and --item).
QStringList closedQuestions(const Survey& survey);

// Human output: columns padded to their widest cell, two spaces apart, a rule under the header.
// Columns whose index is in `rightAligned` (counts) are aligned right.
QString alignedTable(const QStringList& header, const QList<QStringList>& rows,
                     const QList<int>& rightAligned = {});

// The command-line arguments (without the program name) before any application object exists,
// decoded as QCoreApplication::arguments() would.
QStringList argumentsOf(int argc, char** argv);
// True when the arguments name a valid command that needs a QGuiApplication (see
// exportNeedsGui); main() decides which application object to create from this.
bool needsGuiApplication(const QStringList& args);

int run(const QStringList& args);

} // namespace tessera::cli
