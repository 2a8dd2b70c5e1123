#include "RefiGuid.h"
#include "RefiPositions.h"
#include "RefiReader.h"
#include "RefiReaderSupport.h"

#include <QFileInfo>
#include <QMap>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

using namespace refi_detail;

const QString kInternal = u"internal://"_s;

class ProjectReader {
public:
    ProjectReader(RefiArchive& archive, RefiProject& project)
        : m_archive(archive), m_project(project), m_context(&project.warnings)
    {
    }

    Status read(const XmlElement& root)
    {
        m_project.name = root.attribute(u"name"_s);
        m_project.origin = root.attribute(u"origin"_s);
        if (root.hasAttribute(u"creatingUserGUID"_s)) {
            m_project.creatingUser = m_context.guid(root, u"creatingUserGUID"_s);
        }
        m_project.created = parseDateTime(root.attribute(u"creationDateTime"_s));
        m_project.description = root.childText(u"Description"_s);
        m_project.noteRefs = readRefs(m_context, root, u"NoteRef"_s);
        if (const XmlElement* users = root.child(u"Users"_s)) {
            for (const XmlElement* user : users->childrenNamed(u"User"_s)) {
                QString name = user->attribute(u"name"_s);
                if (name.trimmed().isEmpty()) {
                    name = user->attribute(u"id"_s);
                }
                m_project.users.append(RefiUser{m_context.guid(*user, u"guid"_s), name});
            }
        }
        if (const XmlElement* codebook = root.child(u"CodeBook"_s)) {
            if (const XmlElement* codes = codebook->child(u"Codes"_s)) {
                m_project.codes = readCodes(m_context, *codes);
            }
        }
        readVariablesAndCases(root);
        if (const XmlElement* sources = root.child(u"Sources"_s)) {
            if (auto st = readSources(*sources); !st) {
                return st;
            }
        }
        if (const XmlElement* notes = root.child(u"Notes"_s)) {
            if (auto st = readNotes(*notes); !st) {
                return st;
            }
        }
        if (const XmlElement* sets = root.child(u"Sets"_s)) {
            m_project.sets = readSets(m_context, *sets);
        }
        if (root.child(u"Links"_s) || root.child(u"Graphs"_s)) {
            m_context.warn(u"Links and graphs between objects are not imported; Tessera has no "
                           "equivalent."_s);
        }
        return {};
    }

private:
    RefiVariableValue readValue(const XmlElement& element)
    {
        RefiVariableValue value;
        if (const XmlElement* ref = element.child(u"VariableRef"_s)) {
            value.variableGuid = m_context.guid(*ref, u"targetGUID"_s);
        }
        for (const XmlElement& child : element.children) {
            if (child.name.endsWith(u"Value"_s)) {
                if (auto type = refiVariableTypeFromName(child.name.chopped(5))) {
                    value.type = *type;
                    value.value = child.text.trimmed();
                }
            }
        }
        return value;
    }

    void readVariablesAndCases(const XmlElement& root)
    {
        if (const XmlElement* variables = root.child(u"Variables"_s)) {
            for (const XmlElement* element : variables->childrenNamed(u"Variable"_s)) {
                RefiVariable variable;
                variable.guid = m_context.guid(*element, u"guid"_s);
                variable.name = element->attribute(u"name"_s);
                const auto type = refiVariableTypeFromName(element->attribute(u"typeOfVariable"_s));
                if (!type) {
                    m_context.warn(
                        u"The variable “%1” has the unknown type “%2”; it is read as "
                        "text."_s.arg(variable.name, element->attribute(u"typeOfVariable"_s)));
                }
                variable.type = type.value_or(RefiVariableType::Text);
                variable.description = element->childText(u"Description"_s);
                m_project.variables.append(variable);
            }
        }
        if (const XmlElement* cases = root.child(u"Cases"_s)) {
            for (const XmlElement* element : cases->childrenNamed(u"Case"_s)) {
                RefiCase c;
                c.guid = m_context.guid(*element, u"guid"_s);
                c.name = element->attribute(u"name"_s);
                c.description = element->childText(u"Description"_s);
                for (const XmlElement* value : element->childrenNamed(u"VariableValue"_s)) {
                    c.values.append(readValue(*value));
                }
                c.sourceRefs = readRefs(m_context, *element, u"SourceRef"_s);
                if (element->child(u"CodeRef"_s) || element->child(u"SelectionRef"_s)) {
                    m_context.warn(u"Links from cases to codes or selections are not imported "
                                   "(cases become participants; their sources are kept)."_s);
                }
                m_project.cases.append(c);
            }
        }
    }

    // The archive entry a plainTextPath names, or empty. Reports paths that are not
    // internal:// and source folders spelled differently.
    QString locate(const QString& path, const QString& owner)
    {
        QStringList candidates;
        const QString fileName = QFileInfo(path).fileName();
        if (path.startsWith(kInternal, Qt::CaseInsensitive)) {
            const QString relative = path.mid(kInternal.size());
            candidates << u"sources/"_s + relative << relative;
        } else if (path.contains(u"://"_s)) {
            candidates << u"sources/"_s + fileName;
            m_context.warn(u"%1 points to a file outside the archive (“%2”); the copy in "
                           "sources/ was used where there was one."_s.arg(owner, path));
        } else {
            candidates << u"sources/"_s + path << path << u"sources/"_s + fileName;
            if (!m_toldNoPrefix) {
                m_toldNoPrefix = true;
                m_context.warn(u"Some source paths lack the internal:// prefix (first: “%1”); "
                               "they were looked up in sources/."_s.arg(path));
            }
        }
        for (const QString& candidate : std::as_const(candidates)) {
            const QString entry = m_archive.find(candidate);
            if (!entry.isEmpty()) {
                if (entry.startsWith(u"Sources/"_s)) {
                    m_context.warn(u"The source files are in “Sources/” rather than "
                                   "“sources/”; they were found all the same."_s);
                }
                return entry;
            }
        }
        return {};
    }

    QList<RefiSelection> readSelections(const XmlElement& element)
    {
        QList<RefiSelection> selections;
        for (const XmlElement* s : element.childrenNamed(u"PlainTextSelection"_s)) {
            RefiSelection selection;
            selection.guid = m_context.guid(*s, u"guid"_s);
            selection.name = s->attribute(u"name"_s);
            bool startOk = false;
            bool endOk = false;
            selection.start = s->attribute(u"startPosition"_s).trimmed().toLongLong(&startOk);
            selection.end = s->attribute(u"endPosition"_s).trimmed().toLongLong(&endOk);
            if (!startOk || !endOk) {
                m_context.warn(u"A selection at line %1 has no valid start and end position; it "
                               "was skipped."_s.arg(s->line));
                continue;
            }
            if (s->hasAttribute(u"creatingUser"_s)) {
                selection.creatingUser = m_context.guid(*s, u"creatingUser"_s);
            }
            selection.created = parseDateTime(s->attribute(u"creationDateTime"_s));
            selection.description = s->childText(u"Description"_s);
            for (const XmlElement* c : s->childrenNamed(u"Coding"_s)) {
                if (auto coding = readCoding(*c)) {
                    selection.codings.append(*coding);
                }
            }
            selection.noteRefs = readRefs(m_context, *s, u"NoteRef"_s);
            selections.append(selection);
        }
        return selections;
    }

    std::optional<RefiCoding> readCoding(const XmlElement& c)
    {
        const XmlElement* ref = c.child(u"CodeRef"_s);
        if (!ref) {
            m_context.warn(u"A coding at line %1 names no code; it was skipped."_s.arg(c.line));
            return std::nullopt;
        }
        RefiCoding coding;
        coding.guid = m_context.guid(c, u"guid"_s);
        coding.codeGuid = m_context.guid(*ref, u"targetGUID"_s);
        if (c.hasAttribute(u"creatingUser"_s)) {
            coding.creatingUser = m_context.guid(c, u"creatingUser"_s);
        }
        coding.created = parseDateTime(c.attribute(u"creationDateTime"_s));
        coding.noteRefs = readRefs(m_context, c, u"NoteRef"_s);
        return coding;
    }

    // The source's text as in its file (or inline), or nullopt when there is none.
    Result<std::optional<RawSourceText>> sourceText(const XmlElement& element, const QString& owner)
    {
        const QString path = element.attribute(u"plainTextPath"_s).trimmed();
        if (!path.isEmpty()) {
            const QString entry = locate(path, owner);
            if (!entry.isEmpty()) {
                auto bytes = m_archive.read(entry);
                if (!bytes) {
                    return bytes.error();
                }
                RawSourceText raw = decodeSourceText(*bytes);
                if (raw.usedFallback) {
                    m_context.warn(u"%1 is not valid UTF-8; the bytes that are not were read as "
                                   "Windows-1252."_s.arg(owner));
                }
                return std::optional<RawSourceText>(raw);
            }
        }
        if (const XmlElement* content = element.child(u"PlainTextContent"_s)) {
            return std::optional<RawSourceText>(RawSourceText{content->text, false, false});
        }
        return std::optional<RawSourceText>();
    }

    void convertPositions(RefiTextSource& source, const RawSourceText& raw)
    {
        QList<RawRange> ranges;
        for (const RefiSelection& selection : std::as_const(source.selections)) {
            ranges.append(RawRange{selection.start, selection.end, selection.name});
        }
        const ReadingChoice choice = choosePositionReading(raw, ranges, m_project.origin);
        const QList<MappedRange> mapped = mapRanges(raw, choice.chosen.reading, ranges);
        int clamped = 0;
        for (qsizetype i = 0; i < mapped.size(); ++i) {
            source.selections[i].start = mapped.at(i).start;
            source.selections[i].end = mapped.at(i).end;
            clamped += mapped.at(i).clamped ? 1 : 0;
        }
        source.positionReading = choice.chosen.reading.describe();
        const QString owner = u"“%1”"_s.arg(source.name);
        if (clamped > 0) {
            m_context.warn(u"%1: %2 selection(s) reach beyond the end of the text; they were "
                           "cut at the end."_s.arg(owner)
                               .arg(clamped));
        }
        if (choice.ambiguous || choice.chosen.selections == 0) {
            return;
        }
        QString message = u"%1: positions read as %2 (%3 of %4 selections start and end on word "
                          "edges"_s.arg(owner, source.positionReading)
                              .arg(choice.chosen.onWordEdges)
                              .arg(choice.chosen.selections);
        if (choice.chosen.nameMatches > 0) {
            message += u", %1 match their quoted text"_s.arg(choice.chosen.nameMatches);
        }
        if (!(choice.chosen.reading == choice.standard.reading)) {
            message += u"; with the standard's reading, %1 do"_s.arg(choice.standard.onWordEdges);
        }
        m_context.warn(message + u")."_s);
        if (choice.chosen.selections >= 5 && choice.chosen.nameMatches == 0 &&
            choice.chosen.onWordEdges * 2 < choice.chosen.selections) {
            m_context.warn(
                u"%1: few selections fall on word edges under any reading, so the "
                "coded ranges may be off; check some codings against the text."_s.arg(owner));
        }
    }

    Status readSources(const XmlElement& sources)
    {
        QMap<QString, int> skipped;
        int index = 0;
        for (const XmlElement& element : sources.children) {
            if (element.name != u"TextSource"_s) {
                skipped[element.name] += 1;
                continue;
            }
            ++index;
            RefiTextSource source;
            source.guid = m_context.guid(element, u"guid"_s);
            source.name = element.attribute(u"name"_s).trimmed();
            if (source.name.isEmpty()) {
                const QString path = element.attribute(u"plainTextPath"_s);
                source.name =
                    path.isEmpty() ? u"Source %1"_s.arg(index) : QFileInfo(path).completeBaseName();
            }
            source.description = element.childText(u"Description"_s);
            if (element.hasAttribute(u"creatingUser"_s)) {
                source.creatingUser = m_context.guid(element, u"creatingUser"_s);
            }
            source.created = parseDateTime(element.attribute(u"creationDateTime"_s));
            source.selections = readSelections(element);
            source.noteRefs = readRefs(m_context, element, u"NoteRef"_s);
            for (const XmlElement* value : element.childrenNamed(u"VariableValue"_s)) {
                source.values.append(readValue(*value));
            }
            const QString owner = u"The source “%1”"_s.arg(source.name);
            auto raw = sourceText(element, owner);
            if (!raw) {
                return raw.error();
            }
            if (!raw->has_value()) {
                m_context.warn(
                    u"%1 has no text in the archive (“%2” is missing); it and its %3 "
                    "selection(s) were skipped."_s.arg(owner, element.attribute(u"plainTextPath"_s))
                        .arg(source.selections.size()));
                continue;
            }
            // A Coding directly inside the source codes all of it.
            const QString text = normalizedSourceText(**raw);
            convertPositions(source, **raw);
            for (const XmlElement* c : element.childrenNamed(u"Coding"_s)) {
                if (auto coding = readCoding(*c)) {
                    RefiSelection whole;
                    whole.guid = derivedRefiGuid(u"whole-source:"_s + coding->guid);
                    whole.end = text.size();
                    whole.codings.append(*coding);
                    source.selections.append(whole);
                }
            }
            source.text = text;
            m_project.sources.append(source);
        }
        if (!skipped.isEmpty()) {
            QStringList kinds;
            for (auto it = skipped.cbegin(); it != skipped.cend(); ++it) {
                kinds << u"%1 × %2"_s.arg(it.key()).arg(it.value());
            }
            m_context.warn(u"Sources that are not text were skipped (%1): Tessera imports text "
                           "sources only."_s.arg(kinds.join(u", "_s)));
        }
        return {};
    }

    Status readNotes(const XmlElement& notes)
    {
        for (const XmlElement* element : notes.childrenNamed(u"Note"_s)) {
            RefiNote note;
            note.guid = m_context.guid(*element, u"guid"_s);
            note.name = element->attribute(u"name"_s);
            note.description = element->childText(u"Description"_s);
            if (element->hasAttribute(u"creatingUser"_s)) {
                note.creatingUser = m_context.guid(*element, u"creatingUser"_s);
            }
            note.created = parseDateTime(element->attribute(u"creationDateTime"_s));
            auto raw = sourceText(*element, u"The note “%1”"_s.arg(note.name));
            if (!raw) {
                return raw.error();
            }
            if (raw->has_value()) {
                note.text = normalizedSourceText(**raw);
            }
            m_project.notes.append(note);
        }
        return {};
    }

    RefiArchive& m_archive;
    RefiProject& m_project;
    ReadContext m_context;
    bool m_toldNoPrefix = false;
};

// The project XML inside: normally project.qde, but ATLAS.ti names it after the project and
// the standard's own example calls it Project.qde.
Result<QString> findQde(const RefiArchive& archive, const RefiReadOptions& options,
                        QStringList* warnings)
{
    const QStringList candidates = archive.withSuffix(u".qde"_s);
    if (candidates.isEmpty()) {
        return makeError(ErrorCode::UnsupportedFormat,
                         u"Cannot import '%1': it is a zip archive but holds no .qde project "
                         "file, so it is not a REFI-QDA project. Export it again as .qdpx and "
                         "retry."_s.arg(options.sourceName));
    }
    QString chosen;
    for (const QString& candidate : candidates) {
        if (candidate.compare(u"project.qde"_s, Qt::CaseInsensitive) == 0) {
            chosen = candidate;
        }
    }
    if (chosen.isEmpty()) {
        for (const QString& candidate : candidates) {
            if (!candidate.contains(u'/') && chosen.isEmpty()) {
                chosen = candidate;
            }
        }
    }
    if (chosen.isEmpty()) {
        chosen = candidates.first();
    }
    if (chosen != u"project.qde"_s) {
        warnings->append(u"The project file inside is called “%1” rather than “project.qde”; it "
                         "was read all the same."_s.arg(chosen));
    }
    if (candidates.size() > 1) {
        warnings->append(u"The archive holds %1 .qde files; “%2” was read and the others were "
                         "ignored."_s.arg(candidates.size())
                             .arg(chosen));
    }
    return chosen;
}

} // namespace

Result<RefiProject> readQdpx(const QByteArray& bytes, const RefiReadOptions& options)
{
    auto archive = RefiArchive::open(bytes, options.sourceName, options.limits);
    if (!archive) {
        return archive.error();
    }
    RefiProject project;
    auto qde = findQde(*archive, options, &project.warnings);
    if (!qde) {
        return qde.error();
    }
    auto xml = archive->read(*qde);
    if (!xml) {
        return xml.error();
    }
    auto root = parseUntrustedXml(*xml, u"%1 (%2)"_s.arg(options.sourceName, *qde));
    if (!root) {
        return root.error();
    }
    if (root->name != u"Project"_s) {
        return makeError(
            ErrorCode::UnsupportedFormat,
            u"Cannot import '%1': its %2 is not a REFI-QDA project (the root "
            "element is <%3>, not <Project>)."_s.arg(options.sourceName, *qde, root->name));
    }
    ProjectReader reader(*archive, project);
    if (auto st = reader.read(*root); !st) {
        return st.error();
    }
    return project;
}

} // namespace tessera
