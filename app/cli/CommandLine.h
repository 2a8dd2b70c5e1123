#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace tessera::cli {

// What a command accepts: options that take a value and flags that do not. Anything else
// starting with "--" is a usage error, so a typo never silently changes what a command does.
struct CommandSpec {
    QString name;
    QString synopsis; // "PROJECT FILE... [--group NAME]"
    int minPositional = 0;
    int maxPositional = 0; // -1 = unbounded
    QSet<QString> valueOptions;
    QSet<QString> flags;
};

class CommandLine {
public:
    // Parses the arguments after the command name. Returns an error message on misuse.
    std::optional<QString> parse(const QStringList& args, const CommandSpec& spec);

    const QStringList& positional() const { return m_positional; }
    QString at(int index) const { return m_positional.value(index); }
    bool has(const QString& option) const
    {
        return m_values.contains(option) || m_flags.contains(option);
    }
    QString value(const QString& option) const { return m_values.value(option); }
    std::optional<QString> optional(const QString& option) const;

private:
    QStringList m_positional;
    QHash<QString, QString> m_values;
    QSet<QString> m_flags;
};

} // namespace tessera::cli
