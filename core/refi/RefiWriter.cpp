#include "RefiWriter.h"

#include "RefiGuid.h"
#include "RefiPositions.h"
#include "report/ZipPackage.h"

#include <QRegularExpression>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

const QString kProjectNamespace = u"urn:QDA-XML:project:1.0"_s;
const QString kCodebookNamespace = u"urn:QDA-XML:codebook:1.0"_s;

// XML 1.0 cannot carry most C0 controls, unpaired surrogates or U+FFFE/U+FFFF; CR would be
// read back as LF anyway.
QString xmlSafe(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out.append(c);
            out.append(text.at(++i));
            continue;
        }
        if (u == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n') {
                continue;
            }
            out.append(u'\n');
            continue;
        }
        const bool allowedControl = u == u'\t' || u == u'\n';
        if ((u < 0x20 && !allowedControl) || c.isSurrogate() || u == 0xFFFE || u == 0xFFFF) {
            continue;
        }
        out.append(c);
    }
    return out;
}

// Model GUIDs are normalised already; anything else is mapped the same way every time so that
// references still match.
QString fileGuid(const QString& guid)
{
    const QString normal = normalizeRefiGuid(guid);
    return normal.isEmpty() ? readRefiGuid(guid) : normal;
}

// "#RRGGBB" in upper case; "#RGB" is widened, anything else left out.
QString fileColor(const QString& color)
{
    static const QRegularExpression pattern(u"^#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})$"_s);
    if (!pattern.match(color).hasMatch()) {
        return {};
    }
    QString hex = color.mid(1).toUpper();
    if (hex.size() == 3) {
        hex = QString(hex.at(0)) + hex.at(0) + hex.at(1) + hex.at(1) + hex.at(2) + hex.at(2);
    }
    return u"#"_s + hex;
}

QString fileTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

class Writer {
public:
    explicit Writer(QByteArray* out) : m_xml(out)
    {
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(2);
        m_xml.writeStartDocument();
    }

    void finish() { m_xml.writeEndDocument(); }

    void start(const QString& name) { m_xml.writeStartElement(name); }
    void end() { m_xml.writeEndElement(); }
    void attribute(const QString& name, const QString& value)
    {
        m_xml.writeAttribute(name, xmlSafe(value));
    }
    void optionalAttribute(const QString& name, const QString& value)
    {
        if (!value.isEmpty()) {
            attribute(name, value);
        }
    }
    void guidAttribute(const QString& name, const QString& guid)
    {
        m_xml.writeAttribute(name, fileGuid(guid));
    }
    void optionalGuidAttribute(const QString& name, const QString& guid)
    {
        if (!guid.isEmpty()) {
            guidAttribute(name, guid);
        }
    }
    void timeAttribute(const QString& name, const QDateTime& time)
    {
        if (time.isValid()) {
            m_xml.writeAttribute(name, fileTime(time));
        }
    }
    void textElement(const QString& name, const QString& text)
    {
        m_xml.writeTextElement(name, xmlSafe(text));
    }
    void optionalTextElement(const QString& name, const QString& text)
    {
        if (!text.isEmpty()) {
            textElement(name, text);
        }
    }
    void refs(const QString& element, const QString& attributeName, const QStringList& guids)
    {
        for (const QString& guid : guids) {
            start(element);
            guidAttribute(attributeName, guid);
            end();
        }
    }
    void defaultNamespace(const QString& uri) { m_xml.writeDefaultNamespace(uri); }

private:
    QXmlStreamWriter m_xml;
};

// Project.xsd and Codebook.xsd differ in two places: only the project's codes carry NoteRefs.
void writeCode(Writer& w, const RefiCode& code, bool projectSchema)
{
    w.start(u"Code"_s);
    w.guidAttribute(u"guid"_s, code.guid);
    w.attribute(u"name"_s, code.name);
    w.attribute(u"isCodable"_s, code.isCodable ? u"true"_s : u"false"_s);
    w.optionalAttribute(u"color"_s, fileColor(code.color));
    w.optionalTextElement(u"Description"_s, code.description);
    if (projectSchema) {
        w.refs(u"NoteRef"_s, u"targetGUID"_s, code.noteRefs);
    }
    for (const RefiCode& child : code.children) {
        writeCode(w, child, projectSchema);
    }
    w.end();
}

void writeVariableValue(Writer& w, const RefiVariableValue& value)
{
    if (value.value.isEmpty()) {
        return;
    }
    w.start(u"VariableValue"_s);
    w.start(u"VariableRef"_s);
    w.guidAttribute(u"targetGUID"_s, value.variableGuid);
    w.end();
    w.textElement(refiVariableTypeName(value.type) + u"Value"_s, value.value);
    w.end();
}

Status checkSelections(const RefiTextSource& source)
{
    for (const RefiSelection& selection : source.selections) {
        if (selection.start < 0 || selection.end > source.text.size() ||
            selection.start > selection.end) {
            return makeError(ErrorCode::InvalidInput,
                             u"Cannot export '%1': the selection %2:%3 lies outside its text "
                             "(0 to %4)."_s.arg(source.name)
                                 .arg(selection.start)
                                 .arg(selection.end)
                                 .arg(source.text.size()));
        }
    }
    return {};
}

void writeTextSource(Writer& w, const RefiTextSource& source)
{
    const CodePointIndex index(source.text);
    w.start(u"TextSource"_s);
    w.guidAttribute(u"guid"_s, source.guid);
    w.attribute(u"name"_s, source.name);
    w.attribute(u"plainTextPath"_s, u"internal://%1.txt"_s.arg(fileGuid(source.guid)));
    w.optionalGuidAttribute(u"creatingUser"_s, source.creatingUser);
    w.timeAttribute(u"creationDateTime"_s, source.created);
    w.optionalTextElement(u"Description"_s, source.description);
    for (const RefiSelection& selection : source.selections) {
        w.start(u"PlainTextSelection"_s);
        w.guidAttribute(u"guid"_s, selection.guid);
        w.optionalAttribute(u"name"_s, selection.name);
        w.attribute(u"startPosition"_s, QString::number(index.toCodePoints(selection.start)));
        w.attribute(u"endPosition"_s, QString::number(index.toCodePoints(selection.end)));
        w.optionalGuidAttribute(u"creatingUser"_s, selection.creatingUser);
        w.timeAttribute(u"creationDateTime"_s, selection.created);
        w.optionalTextElement(u"Description"_s, selection.description);
        for (const RefiCoding& coding : selection.codings) {
            w.start(u"Coding"_s);
            w.guidAttribute(u"guid"_s, coding.guid);
            w.optionalGuidAttribute(u"creatingUser"_s, coding.creatingUser);
            w.timeAttribute(u"creationDateTime"_s, coding.created);
            w.start(u"CodeRef"_s);
            w.guidAttribute(u"targetGUID"_s, coding.codeGuid);
            w.end();
            w.refs(u"NoteRef"_s, u"targetGUID"_s, coding.noteRefs);
            w.end();
        }
        w.refs(u"NoteRef"_s, u"targetGUID"_s, selection.noteRefs);
        w.end();
    }
    w.refs(u"NoteRef"_s, u"targetGUID"_s, source.noteRefs);
    for (const RefiVariableValue& value : source.values) {
        writeVariableValue(w, value);
    }
    w.end();
}

void writeSet(Writer& w, const RefiSet& set, bool projectSchema)
{
    w.start(u"Set"_s);
    w.guidAttribute(u"guid"_s, set.guid);
    w.attribute(u"name"_s, set.name);
    w.optionalTextElement(u"Description"_s, set.description);
    if (projectSchema) {
        w.refs(u"MemberCode"_s, u"targetGUID"_s, set.memberCodes);
        w.refs(u"MemberSource"_s, u"targetGUID"_s, set.memberSources);
        w.refs(u"MemberNote"_s, u"targetGUID"_s, set.memberNotes);
    } else {
        w.refs(u"MemberCode"_s, u"guid"_s, set.memberCodes);
    }
    w.end();
}

void writeUsersAndVariables(Writer& w, const RefiProject& project)
{
    if (!project.users.isEmpty()) {
        w.start(u"Users"_s);
        for (const RefiUser& user : project.users) {
            w.start(u"User"_s);
            w.guidAttribute(u"guid"_s, user.guid);
            w.optionalAttribute(u"name"_s, user.name);
            w.end();
        }
        w.end();
    }
    if (!project.codes.isEmpty()) {
        w.start(u"CodeBook"_s);
        w.start(u"Codes"_s);
        for (const RefiCode& code : project.codes) {
            writeCode(w, code, true);
        }
        w.end();
        w.end();
    }
    if (!project.variables.isEmpty()) {
        w.start(u"Variables"_s);
        for (const RefiVariable& variable : project.variables) {
            w.start(u"Variable"_s);
            w.guidAttribute(u"guid"_s, variable.guid);
            w.attribute(u"name"_s, variable.name);
            w.attribute(u"typeOfVariable"_s, refiVariableTypeName(variable.type));
            w.optionalTextElement(u"Description"_s, variable.description);
            w.end();
        }
        w.end();
    }
    if (!project.cases.isEmpty()) {
        w.start(u"Cases"_s);
        for (const RefiCase& c : project.cases) {
            w.start(u"Case"_s);
            w.guidAttribute(u"guid"_s, c.guid);
            w.optionalAttribute(u"name"_s, c.name);
            w.optionalTextElement(u"Description"_s, c.description);
            for (const RefiVariableValue& value : c.values) {
                writeVariableValue(w, value);
            }
            w.refs(u"SourceRef"_s, u"targetGUID"_s, c.sourceRefs);
            w.end();
        }
        w.end();
    }
}

} // namespace

QByteArray writeQdc(const RefiCodebook& codebook)
{
    QByteArray out;
    Writer w(&out);
    w.start(u"CodeBook"_s);
    w.defaultNamespace(kCodebookNamespace);
    w.optionalAttribute(u"origin"_s, codebook.origin);
    w.start(u"Codes"_s);
    for (const RefiCode& code : codebook.codes) {
        writeCode(w, code, false);
    }
    w.end();
    if (!codebook.sets.isEmpty()) {
        w.start(u"Sets"_s);
        for (const RefiSet& set : codebook.sets) {
            writeSet(w, set, false);
        }
        w.end();
    }
    w.end();
    w.finish();
    return out;
}

Result<QByteArray> writeQde(const RefiProject& project)
{
    for (const RefiTextSource& source : project.sources) {
        if (auto st = checkSelections(source); !st) {
            return st.error();
        }
    }
    QByteArray out;
    Writer w(&out);
    w.start(u"Project"_s);
    w.defaultNamespace(kProjectNamespace);
    w.attribute(u"name"_s, project.name);
    w.optionalAttribute(u"origin"_s, project.origin);
    w.optionalGuidAttribute(u"creatingUserGUID"_s, project.creatingUser);
    w.timeAttribute(u"creationDateTime"_s, project.created);
    writeUsersAndVariables(w, project);
    if (!project.sources.isEmpty()) {
        w.start(u"Sources"_s);
        for (const RefiTextSource& source : project.sources) {
            writeTextSource(w, source);
        }
        w.end();
    }
    if (!project.notes.isEmpty()) {
        w.start(u"Notes"_s);
        for (const RefiNote& note : project.notes) {
            w.start(u"Note"_s);
            w.guidAttribute(u"guid"_s, note.guid);
            w.optionalAttribute(u"name"_s, note.name);
            w.optionalGuidAttribute(u"creatingUser"_s, note.creatingUser);
            w.timeAttribute(u"creationDateTime"_s, note.created);
            w.optionalTextElement(u"Description"_s, note.description);
            w.textElement(u"PlainTextContent"_s, note.text);
            w.end();
        }
        w.end();
    }
    if (!project.sets.isEmpty()) {
        w.start(u"Sets"_s);
        for (const RefiSet& set : project.sets) {
            writeSet(w, set, true);
        }
        w.end();
    }
    w.optionalTextElement(u"Description"_s, project.description);
    w.refs(u"NoteRef"_s, u"targetGUID"_s, project.noteRefs);
    w.end();
    w.finish();
    return out;
}

Result<QByteArray> writeQdpx(const RefiProject& project)
{
    auto qde = writeQde(project);
    if (!qde) {
        return qde.error();
    }
    QList<ZipEntry> entries;
    entries.append(ZipEntry{u"project.qde"_s, *qde, true});
    for (const RefiTextSource& source : project.sources) {
        entries.append(
            ZipEntry{u"sources/%1.txt"_s.arg(fileGuid(source.guid)), source.text.toUtf8(), true});
    }
    QByteArray bytes = zipPackage(entries, project.archiveTime);
    if (bytes.isEmpty()) {
        return makeError(ErrorCode::Io, u"Cannot build the .qdpx archive for '%1': the zip "
                                        "library failed (out of memory?). Nothing was "
                                        "written."_s.arg(project.name));
    }
    return bytes;
}

QString selectionLabel(const QString& text, qsizetype start, qsizetype end)
{
    constexpr qsizetype kMaxLabel = 100;
    QString label = text.mid(start, end - start).simplified();
    if (label.size() > kMaxLabel) {
        qsizetype cut = kMaxLabel;
        if (label.at(cut - 1).isHighSurrogate()) {
            --cut;
        }
        label = label.left(cut) + QChar(0x2026);
    }
    return label;
}

} // namespace tessera
