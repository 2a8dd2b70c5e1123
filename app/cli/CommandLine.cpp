#include "CommandLine.h"

namespace tessera::cli {

std::optional<QString> CommandLine::parse(const QStringList& args, const CommandSpec& spec)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        if (arg == QLatin1String("--")) {
            m_positional << args.mid(i + 1);
            break;
        }
        // "-o FILE" is the one short form (for output files); everything else is "--name".
        const bool isShort =
            arg.size() == 2 && arg.at(0) == QLatin1Char('-') && arg.at(1).isLetter();
        if ((arg.startsWith(QLatin1String("--")) && arg.size() > 2) || isShort) {
            QString name = arg.mid(isShort ? 1 : 2);
            QString inlineValue;
            bool hasInline = false;
            if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq > 0) {
                inlineValue = name.mid(eq + 1);
                name = name.left(eq);
                hasInline = true;
            }
            if (spec.flags.contains(name)) {
                if (hasInline) {
                    return QStringLiteral("--%1 takes no value.").arg(name);
                }
                m_flags.insert(name);
            } else if (spec.valueOptions.contains(name)) {
                if (hasInline) {
                    m_values.insert(name, inlineValue);
                } else if (i + 1 < args.size()) {
                    m_values.insert(name, args[++i]);
                } else {
                    return QStringLiteral("--%1 needs a value.").arg(name);
                }
            } else {
                return QStringLiteral("Unknown option --%1 for “%2”.").arg(name, spec.name);
            }
            continue;
        }
        m_positional << arg;
    }
    if (m_positional.size() < spec.minPositional ||
        (spec.maxPositional >= 0 && m_positional.size() > spec.maxPositional)) {
        return QStringLiteral("Wrong number of arguments for “%1”.").arg(spec.name);
    }
    return std::nullopt;
}

std::optional<QString> CommandLine::optional(const QString& option) const
{
    if (m_values.contains(option)) {
        return m_values.value(option);
    }
    return std::nullopt;
}

} // namespace tessera::cli
