#pragma once

#include "RefiModel.h"
#include "RefiXml.h"

#include <QDateTime>
#include <QSet>
#include <QString>
#include <QStringList>

namespace tessera::refi_detail {

// What the readers share: the warnings of one file (each said once) and lenient parsing of the
// attribute types that vary between exporters.
class ReadContext {
public:
    explicit ReadContext(QStringList* warnings) : m_warnings(warnings) {}

    void warn(const QString& message);
    // A GUID attribute, normalised; a value that is not a GUID is mapped (RefiGuid.h) and
    // reported once per file.
    QString guid(const XmlElement& element, const QString& attributeName);
    QString guidValue(const QString& value, qint64 line);
    // "#RGB" / "#RRGGBB" (any case, "#" optional) as "#RRGGBB"; garbage reported and dropped.
    QString color(const QString& value, const QString& owner);

private:
    QStringList* m_warnings;
    QSet<QString> m_said;
    bool m_toldBadGuid = false;
};

// xsd:dateTime, as UTC; a time without zone is taken as UTC. Invalid when absent or unreadable.
QDateTime parseDateTime(const QString& value);
// xsd:boolean ("true", "false", "1", "0"); `fallback` for anything else.
bool parseBoolean(const QString& value, bool fallback);

QList<RefiCode> readCodes(ReadContext& context, const XmlElement& codes);
// `Sets` of a codebook (MemberCode@guid) or a project (MemberCode@targetGUID): both spellings
// are accepted in both.
QList<RefiSet> readSets(ReadContext& context, const XmlElement& sets);
QStringList readRefs(ReadContext& context, const XmlElement& parent, const QString& element);

} // namespace tessera::refi_detail
