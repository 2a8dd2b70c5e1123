#include "ReportModel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tessera {

QString quoteAttribution(const ReportQuote& quote)
{
    // Ungrouped documents (single interviews) are known by their document name instead.
    const QString place =
        quote.group.trimmed().isEmpty() ? quote.documentName.trimmed() : quote.group.trimmed();
    QStringList parts;
    if (!place.isEmpty()) {
        parts << place;
    }
    if (const QString speaker = quote.speaker.trimmed(); !speaker.isEmpty()) {
        parts << speaker;
    }
    if (parts.isEmpty()) {
        return {};
    }
    return u'(' % parts.join(u", "_s) % u')';
}

QString commentAttribution(const ReportComment& comment)
{
    QStringList parts;
    if (const QString author = comment.author.trimmed(); !author.isEmpty()) {
        parts << author;
    }
    if (comment.createdAt.isValid()) {
        parts << comment.createdAt.toUTC().date().toString(Qt::ISODate);
    }
    return parts.join(u", "_s);
}

QString formatTimestamp(qint64 ms)
{
    const qint64 totalSeconds = std::max<qint64>(ms, 0) / 1000;
    const qint64 hours = totalSeconds / 3600;
    const qint64 minutes = (totalSeconds / 60) % 60;
    const qint64 seconds = totalSeconds % 60;
    return u"%1:%2:%3"_s.arg(hours, 2, 10, QLatin1Char('0'))
        .arg(minutes, 2, 10, QLatin1Char('0'))
        .arg(seconds, 2, 10, QLatin1Char('0'));
}

} // namespace tessera
