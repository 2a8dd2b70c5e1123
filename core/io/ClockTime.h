#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace tessera {

// Reads the clock times transcripts write: "1:02:15", "00:01:02", "0:05", "12:34",
// optionally with a fraction ("00:00:01.350", "00:00:01,350"). The first field may have
// 1-3 digits (hours, or minutes when there are only two fields); later fields have exactly two
// digits and are below 60. Returns milliseconds, or nullopt when the text is not exactly a time.
std::optional<qint64> parseClockTime(QStringView text);

// "hh:mm:ss" with at least two digits for the hours; milliseconds are dropped (floor), because
// the readable transcript shows where a turn begins, not a subtitle timing.
QString formatClockTime(qint64 milliseconds);

} // namespace tessera
