#pragma once

#include <QDateTime>
#include <QString>

#include <functional>

namespace tessera {

// Seams for what is not deterministic. Production code uses the defaults; tests install
// fixed generators so GUIDs and timestamps in project files and golden exports repeat exactly.
class Environment {
public:
    using GuidFactory = std::function<QString()>;
    using Clock = std::function<QDateTime()>;

    // A new GUID in the REFI-QDA form: 36 characters, upper-case hex, no braces.
    static QString newGuid();
    // Current time in UTC.
    static QDateTime now();

    static void setGuidFactory(GuidFactory factory);
    static void setClock(Clock clock);
    // Deterministic sequence "00000000-0000-4000-8000-000000000001", ... and a fixed clock
    // starting at 2024-01-01T09:00:00Z advancing one second per call.
    static void useDeterministicSeams();
    static void resetSeams();
};

} // namespace tessera
