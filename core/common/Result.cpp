#include "Result.h"

namespace tessera {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return QStringLiteral("invalid_input");
    case ErrorCode::NotFound:
        return QStringLiteral("not_found");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::UnsupportedFormat:
        return QStringLiteral("unsupported_format");
    case ErrorCode::TooLarge:
        return QStringLiteral("too_large");
    case ErrorCode::NotAProject:
        return QStringLiteral("not_a_project");
    case ErrorCode::Corrupt:
        return QStringLiteral("corrupt");
    case ErrorCode::NewerVersion:
        return QStringLiteral("newer_version");
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::Database:
        return QStringLiteral("database");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

} // namespace tessera
