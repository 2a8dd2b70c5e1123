#include "RefiModel.h"

namespace tessera {

QString refiVariableTypeName(RefiVariableType type)
{
    switch (type) {
    case RefiVariableType::Text:
        return QStringLiteral("Text");
    case RefiVariableType::Boolean:
        return QStringLiteral("Boolean");
    case RefiVariableType::Integer:
        return QStringLiteral("Integer");
    case RefiVariableType::Float:
        return QStringLiteral("Float");
    case RefiVariableType::Date:
        return QStringLiteral("Date");
    case RefiVariableType::DateTime:
        return QStringLiteral("DateTime");
    }
    return QStringLiteral("Text");
}

std::optional<RefiVariableType> refiVariableTypeFromName(const QString& name)
{
    for (RefiVariableType type :
         {RefiVariableType::Text, RefiVariableType::Boolean, RefiVariableType::Integer,
          RefiVariableType::Float, RefiVariableType::Date, RefiVariableType::DateTime}) {
        if (refiVariableTypeName(type).compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            return type;
        }
    }
    return std::nullopt;
}

} // namespace tessera
