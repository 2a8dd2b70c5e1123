#include "RefiGuid.h"
#include "RefiReader.h"
#include "RefiReaderSupport.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tessera {

namespace refi_detail {

void ReadContext::warn(const QString& message)
{
    if (!m_said.contains(message)) {
        m_said.insert(message);
        m_warnings->append(message);
    }
}

QString ReadContext::guid(const XmlElement& element, const QString& attributeName)
{
    return guidValue(element.attribute(attributeName), element.line);
}

QString ReadContext::guidValue(const QString& value, qint64 line)
{
    if (!isRefiGuid(value) && !m_toldBadGuid) {
        m_toldBadGuid = true;
        warn(value.trimmed().isEmpty()
                 ? u"An element has no GUID (line %1); one was made up so that it can be "
                   "imported."_s.arg(line)
                 : u"Some identifiers are not GUIDs (first: “%1”, line %2); they were mapped to "
                   "GUIDs consistently, so references between them still hold."_s
                       .arg(value.trimmed())
                       .arg(line));
    }
    return readRefiGuid(value);
}

QString ReadContext::color(const QString& value, const QString& owner)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty()) {
        return {};
    }
    static const QRegularExpression pattern(u"^#?([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})$"_s);
    const auto match = pattern.match(trimmed);
    if (!match.hasMatch()) {
        warn(u"The colour “%1” of %2 is not a colour (#RRGGBB); the code gets one of "
             "Tessera's."_s.arg(trimmed, owner));
        return {};
    }
    QString hex = match.captured(1).toUpper();
    if (hex.size() == 3) {
        hex = QString(hex.at(0)) + hex.at(0) + hex.at(1) + hex.at(1) + hex.at(2) + hex.at(2);
    }
    return u"#"_s + hex;
}

QDateTime parseDateTime(const QString& value)
{
    if (value.trimmed().isEmpty()) {
        return {};
    }
    QDateTime time = QDateTime::fromString(value.trimmed(), Qt::ISODateWithMs);
    if (!time.isValid()) {
        return {};
    }
    if (time.timeSpec() == Qt::LocalTime) {
        time = QDateTime(time.date(), time.time(), Qt::UTC);
    }
    return time.toUTC();
}

bool parseBoolean(const QString& value, bool fallback)
{
    const QString v = value.trimmed().toLower();
    if (v == u"true"_s || v == u"1"_s) {
        return true;
    }
    if (v == u"false"_s || v == u"0"_s) {
        return false;
    }
    return fallback;
}

QStringList readRefs(ReadContext& context, const XmlElement& parent, const QString& element)
{
    QStringList guids;
    for (const XmlElement* ref : parent.childrenNamed(element)) {
        const QString target = ref->hasAttribute(u"targetGUID"_s) ? ref->attribute(u"targetGUID"_s)
                                                                  : ref->attribute(u"guid"_s);
        guids.append(context.guidValue(target, ref->line));
    }
    return guids;
}

QList<RefiCode> readCodes(ReadContext& context, const XmlElement& codes)
{
    QList<RefiCode> list;
    for (const XmlElement* element : codes.childrenNamed(u"Code"_s)) {
        RefiCode code;
        code.guid = context.guid(*element, u"guid"_s);
        code.name = element->attribute(u"name"_s);
        code.color =
            context.color(element->attribute(u"color"_s), u"the code “%1”"_s.arg(code.name));
        code.description = element->childText(u"Description"_s);
        code.isCodable = parseBoolean(element->attribute(u"isCodable"_s), true);
        code.noteRefs = readRefs(context, *element, u"NoteRef"_s);
        code.children = readCodes(context, *element);
        list.append(code);
    }
    return list;
}

QList<RefiSet> readSets(ReadContext& context, const XmlElement& sets)
{
    QList<RefiSet> list;
    const auto members = sets.childrenNamed(u"Set"_s);
    if (members.isEmpty()) {
        context.warn(u"The file has an empty <Sets/> element (Taguette writes one; the standard "
                     "asks for at least one set). It was ignored."_s);
    }
    for (const XmlElement* element : members) {
        RefiSet set;
        set.guid = context.guid(*element, u"guid"_s);
        set.name = element->attribute(u"name"_s);
        set.description = element->childText(u"Description"_s);
        set.memberCodes = readRefs(context, *element, u"MemberCode"_s);
        set.memberSources = readRefs(context, *element, u"MemberSource"_s);
        set.memberNotes = readRefs(context, *element, u"MemberNote"_s);
        list.append(set);
    }
    return list;
}

} // namespace refi_detail

Result<RefiCodebook> readQdc(const QByteArray& bytes, const RefiReadOptions& options)
{
    using namespace refi_detail;
    if (bytes.size() > options.limits.maxEntryBytes) {
        return makeError(ErrorCode::TooLarge,
                         u"Cannot import '%1': a codebook of %2 bytes is larger than any real "
                         "one (the limit is %3 bytes)."_s.arg(options.sourceName)
                             .arg(bytes.size())
                             .arg(options.limits.maxEntryBytes));
    }
    auto root = parseUntrustedXml(bytes, options.sourceName);
    if (!root) {
        return root.error();
    }
    if (root->name != u"CodeBook"_s) {
        return makeError(ErrorCode::UnsupportedFormat,
                         u"Cannot import '%1': it is not a REFI-QDA codebook (its root element "
                         "is <%2>, not <CodeBook>). Export the codebook as .qdc and retry."_s.arg(
                             options.sourceName, root->name));
    }
    RefiCodebook codebook;
    ReadContext context(&codebook.warnings);
    codebook.origin = root->attribute(u"origin"_s);
    if (const XmlElement* codes = root->child(u"Codes"_s)) {
        codebook.codes = readCodes(context, *codes);
    }
    if (codebook.codes.isEmpty()) {
        context.warn(u"The codebook holds no codes."_s);
    }
    if (const XmlElement* sets = root->child(u"Sets"_s)) {
        codebook.sets = readSets(context, *sets);
    }
    return codebook;
}

} // namespace tessera
