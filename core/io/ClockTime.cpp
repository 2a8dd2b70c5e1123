#include "ClockTime.h"

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Parses a run of ASCII digits of the given length range starting at pos; advances pos.
std::optional<int> readDigits(QStringView text, qsizetype& pos, int minDigits, int maxDigits)
{
    int value = 0;
    int count = 0;
    while (pos < text.size() && count < maxDigits && isAsciiDigit(text.at(pos))) {
        value = value * 10 + (text.at(pos).unicode() - u'0');
        ++pos;
        ++count;
    }
    if (count < minDigits) {
        return std::nullopt;
    }
    return value;
}

} // namespace

std::optional<qint64> parseClockTime(QStringView text)
{
    qsizetype pos = 0;
    const std::optional<int> first = readDigits(text, pos, 1, 3);
    if (!first) {
        return std::nullopt;
    }
    int fields[3] = {*first, 0, 0};
    int fieldCount = 1;
    while (fieldCount < 3 && pos < text.size() && text.at(pos) == u':') {
        ++pos;
        const std::optional<int> next = readDigits(text, pos, 2, 2);
        if (!next || *next >= 60) {
            return std::nullopt;
        }
        fields[fieldCount++] = *next;
    }
    if (fieldCount < 2) {
        return std::nullopt; // a bare number is not a time
    }
    qint64 fractionMs = 0;
    if (pos < text.size() && (text.at(pos) == u'.' || text.at(pos) == u',')) {
        ++pos;
        const qsizetype fractionStart = pos;
        const std::optional<int> fraction = readDigits(text, pos, 1, 3);
        if (!fraction) {
            return std::nullopt;
        }
        // ".5" means 500 ms and ".05" 50 ms: scale by the digits actually written.
        const qsizetype digits = pos - fractionStart;
        fractionMs = *fraction * (digits == 1 ? 100 : digits == 2 ? 10 : 1);
    }
    if (pos != text.size()) {
        return std::nullopt;
    }
    const qint64 seconds = fieldCount == 3 ? qint64(fields[0]) * 3600 + fields[1] * 60 + fields[2]
                                           : qint64(fields[0]) * 60 + fields[1];
    return seconds * 1000 + fractionMs;
}

QString formatClockTime(qint64 milliseconds)
{
    const qint64 totalSeconds = qMax<qint64>(0, milliseconds) / 1000;
    return u"%1:%2:%3"_s.arg(totalSeconds / 3600, 2, 10, QLatin1Char('0'))
        .arg((totalSeconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(totalSeconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace tessera
