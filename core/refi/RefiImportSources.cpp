#include "RefiImporter.h"
#include "io/SpeakerTurnDetector.h"
#include "project/Project.h"
#include "refi/RefiConventions.h"
#include "refi/RefiWriter.h"

#include <QRegularExpression>
using namespace Qt::StringLiterals;

namespace tessera::refi_detail {

namespace {

QString joined(const QStringList& parts)
{
    QStringList kept;
    for (const QString& part : parts) {
        if (!part.trimmed().isEmpty()) {
            kept.append(part);
        }
    }
    return kept.join(u"\n\n"_s);
}

QString attributeName(const QString& name, int index)
{
    static const QRegularExpression control(u"[\\x00-\\x1F\\x7F]+"_s);
    QString clean = name;
    clean.replace(control, u" "_s);
    clean = clean.trimmed();
    return clean.isEmpty() ? u"Variable %1"_s.arg(index) : clean;
}

AttributeDefinition definitionFor(const RefiVariable& variable, AttributeScope scope,
                                  const QString& name)
{
    AttributeDefinition definition;
    definition.scope = scope;
    definition.name = name;
    const AttributeVariableText text = parseAttributeDescription(variable.description);
    if (text.recognised) {
        definition.type = attributeTypeFromName(text.type).value_or(AttributeType::Text);
        definition.multiSelect = text.multiSelect;
        definition.categories = text.categories;
        return definition;
    }
    switch (variable.type) {
    case RefiVariableType::Integer:
    case RefiVariableType::Float:
        definition.type = AttributeType::Number;
        break;
    case RefiVariableType::Date:
        definition.type = AttributeType::Date;
        break;
    case RefiVariableType::Boolean:
        definition.type = AttributeType::Category;
        definition.categories = {u"true"_s, u"false"_s};
        break;
    case RefiVariableType::Text:
    case RefiVariableType::DateTime:
        definition.type = AttributeType::Text;
        break;
    }
    return definition;
}

// The value as Tessera's attribute types want it.
QString attributeValue(const RefiVariableValue& value)
{
    switch (value.type) {
    case RefiVariableType::Boolean:
        return value.value == u"1"_s ? u"true"_s : value.value == u"0"_s ? u"false"_s : value.value;
    case RefiVariableType::Date:
        return value.value.left(10); // xsd:date may carry a time zone
    default:
        return value.value;
    }
}

} // namespace

Status RefiImporter::defineVariable(const RefiVariable& variable, bool participant, bool document)
{
    const QString name = attributeName(variable.name, int(m_variables.size()) + 1);
    for (const auto& [wanted, scope] : {std::pair{participant, AttributeScope::Participant},
                                        std::pair{document, AttributeScope::Document}}) {
        if (!wanted) {
            continue;
        }
        if (const auto existing = m_project.attribute(scope, name)) {
            m_report.matched.append(
                u"%1 attribute “%2” (same name)"_s.arg(attributeScopeName(scope), existing->name));
            continue;
        }
        AttributeDefinition definition = definitionFor(variable, scope, name);
        if (auto st = m_project.defineAttribute(definition); !st) {
            warn(u"The variable “%1” could not keep its type (%2); it was imported as text."_s.arg(
                name, st.error().message));
            definition.type = AttributeType::Text;
            definition.categories.clear();
            definition.multiSelect = false;
            if (auto again = m_project.defineAttribute(definition); !again) {
                return again;
            }
        }
        ++m_report.attributesDefined;
    }
    m_variables.insert(variable.guid, VariableTarget{name, participant, document});
    return {};
}

Status RefiImporter::importVariables(const RefiProject& refi)
{
    QSet<QString> byCases;
    QSet<QString> bySources;
    for (const RefiCase& c : refi.cases) {
        for (const RefiVariableValue& value : c.values) {
            byCases.insert(value.variableGuid);
        }
    }
    for (const RefiTextSource& source : refi.sources) {
        for (const RefiVariableValue& value : source.values) {
            bySources.insert(value.variableGuid);
        }
    }
    for (const RefiVariable& variable : refi.variables) {
        const AttributeVariableText text = parseAttributeDescription(variable.description);
        const bool participant =
            text.recognised ? text.participantScope
                            : byCases.contains(variable.guid) || !bySources.contains(variable.guid);
        const bool document =
            text.recognised ? !text.participantScope : bySources.contains(variable.guid);
        if (auto st = defineVariable(variable, participant, document); !st) {
            return st;
        }
    }
    return {};
}

void RefiImporter::setAttributes(const QList<RefiVariableValue>& values, AttributeScope scope,
                                 qint64 owner, const QString& ownerName)
{
    for (const RefiVariableValue& value : values) {
        const auto target = m_variables.constFind(value.variableGuid);
        const bool participant = scope == AttributeScope::Participant;
        if (target == m_variables.constEnd() ||
            (participant ? !target->participant : !target->document)) {
            warn(u"A value of “%1” belongs to a variable the file does not define for it; it was "
                 "skipped."_s.arg(ownerName));
            continue;
        }
        const QString text = attributeValue(value);
        const Status st =
            participant
                ? m_project.setParticipantAttribute(ParticipantId(owner), target->name, text)
                : m_project.setDocumentAttribute(DocumentId(owner), target->name, text);
        if (!st) {
            warn(u"The value “%1” of “%2” for “%3” was skipped: %4"_s.arg(
                text, target->name, ownerName, st.error().message));
        }
    }
}

Result<DocumentId> RefiImporter::addSource(const RefiTextSource& source, const QString& groupName)
{
    QSet<QString> taken;
    bool guidInUse = false;
    for (const Document& document : m_project.documents()) {
        taken.insert(document.name.toCaseFolded());
        guidInUse = guidInUse || document.guid.compare(source.guid, Qt::CaseInsensitive) == 0;
    }
    bool renamed = false;
    QString name = cleanName(source.name, u"Source"_s, &renamed);
    for (int n = 2; taken.contains(name.toCaseFolded()); ++n) {
        name = u"%1 (%2)"_s.arg(cleanName(source.name, u"Source"_s)).arg(n);
        renamed = true;
    }
    if (renamed) {
        warn(u"The source “%1” was imported as “%2” (document names are unique and hold no "
             "“/”)."_s.arg(source.name, name));
    }
    if (guidInUse) {
        warn(u"The project already has a document with the GUID of “%1”; the imported one got a "
             "new GUID."_s.arg(source.name));
    }
    ImportedDocument document;
    document.text = source.text;
    document.format = TranscriptFormat::Txt;
    document.turns = detectSpeakerTurns(source.text);
    return m_project.addDocument(name, document, m_sourceName,
                                 groupName.isEmpty() ? QString() : cleanName(groupName, {}),
                                 guidInUse ? QString() : projectGuid(source.guid));
}

Status RefiImporter::addCodings(const RefiTextSource& source, DocumentId document)
{
    const auto keyOf = [](CodeId code, CoderId coder, qsizetype start, qsizetype end) {
        return u"%1:%2:%3:%4"_s.arg(code.value).arg(coder.value).arg(start).arg(end);
    };
    QSet<QString> existingGuids;
    QSet<QString> seen; // code, coder, start, end: the project refuses a coding twice
    for (const Coding& coding : m_project.codings()) {
        existingGuids.insert(coding.guid.toUpper());
        if (coding.documentId == document) {
            seen.insert(keyOf(coding.codeId, coding.coderId, coding.start, coding.end));
        }
    }
    const auto current = m_project.currentCoder();
    ProjectBatch batch;
    QStringList annotations;
    int empty = 0;
    int unknownCode = 0;
    int duplicates = 0;
    for (const RefiSelection& selection : source.selections) {
        const QString memo = joined({selection.description, memoFrom(selection.noteRefs)});
        if (selection.codings.isEmpty()) {
            if (!memo.isEmpty()) {
                annotations.append(u"Annotation on “%1”: %2"_s.arg(
                    selectionLabel(source.text, selection.start, selection.end), memo));
            }
            continue;
        }
        if (selection.end <= selection.start) {
            empty += int(selection.codings.size());
            continue;
        }
        for (const RefiCoding& coding : selection.codings) {
            if (!m_codes.contains(coding.codeGuid)) {
                ++unknownCode;
                continue;
            }
            const QString user =
                coding.creatingUser.isEmpty() ? selection.creatingUser : coding.creatingUser;
            const CoderId coder = coderOf(user).value_or(current ? current->id : CoderId());
            const CodeId code = m_codes.value(coding.codeGuid);
            const QString key = keyOf(code, coder, selection.start, selection.end);
            if (seen.contains(key)) {
                ++duplicates;
                continue;
            }
            seen.insert(key);
            BatchCoding added;
            added.document = BatchRef<DocumentId>::of(document);
            added.code = BatchRef<CodeId>::of(code);
            added.coder = BatchRef<CoderId>::of(coder);
            added.start = selection.start;
            added.end = selection.end;
            added.memo = joined({memo, memoFrom(coding.noteRefs)});
            const QString guid = projectGuid(coding.guid);
            added.guid = existingGuids.contains(guid) ? QString() : guid;
            existingGuids.insert(guid);
            added.createdAt = coding.created.isValid() ? coding.created : selection.created;
            batch.codings.append(added);
        }
    }
    const QString owner = u"“%1”"_s.arg(source.name);
    if (empty > 0) {
        warn(u"%1: %2 coding(s) of empty selections were skipped."_s.arg(owner).arg(empty));
    }
    if (unknownCode > 0) {
        warn(u"%1: %2 coding(s) name codes the file does not contain; they were skipped."_s
                 .arg(owner)
                 .arg(unknownCode));
    }
    if (duplicates > 0) {
        warn(u"%1: %2 coding(s) repeat the same code, coder and range; each was imported once."_s
                 .arg(owner)
                 .arg(duplicates));
    }
    if (!annotations.isEmpty()) {
        const auto doc = m_project.document(document);
        if (auto st = m_project.setDocumentMemo(
                document, joined({doc ? doc->memo : QString(), annotations.join(u"\n\n"_s)}));
            !st) {
            return st;
        }
    }
    if (batch.codings.isEmpty()) {
        return {};
    }
    // One action per document, keeping the file's coding GUIDs and creation times.
    auto added = m_project.addBatch(batch, u"Import codings of “%1”"_s.arg(source.name));
    if (!added) {
        return added.error();
    }
    m_report.codingsAdded += int(added->codings.size());
    return {};
}

Status RefiImporter::importSources(const RefiProject& refi)
{
    QSet<QString> imported;
    for (const RefiTextSource& source : refi.sources) {
        imported.insert(source.guid);
    }
    QHash<QString, QString> groupOf; // source GUID -> set name
    for (const RefiSet& set : refi.sets) {
        if (!set.memberCodes.isEmpty()) {
            continue;
        }
        for (const QString& source : set.memberSources) {
            if (!imported.contains(source)) {
                continue;
            }
            if (groupOf.contains(source)) {
                warn(u"Some sources are in several sets of sources; Tessera puts a document in one "
                     "group, so each went to the first set that lists it."_s);
                continue;
            }
            groupOf.insert(source, set.name);
        }
    }
    for (const RefiTextSource& source : refi.sources) {
        auto document = addSource(source, groupOf.value(source.guid));
        if (!document) {
            return document.error();
        }
        ++m_report.documentsAdded;
        m_documents.insert(source.guid, *document);
        m_documentsByName.insert(source.name, *document);
        const QString memo = joined({source.description, memoFrom(source.noteRefs)});
        if (!memo.isEmpty()) {
            if (auto st = m_project.setDocumentMemo(*document, memo); !st) {
                return st;
            }
        }
        setAttributes(source.values, AttributeScope::Document, document->value, source.name);
        if (auto st = addCodings(source, *document); !st) {
            return st;
        }
    }
    return {};
}

Status RefiImporter::linkSpeakers(const RefiCase& refiCase, ParticipantId participant)
{
    const CaseText text = parseCaseDescription(refiCase.description);
    QList<std::pair<DocumentId, QString>> wanted;
    for (const auto& [documentName, label] : text.speakerLabels) {
        if (m_documentsByName.contains(documentName)) {
            wanted.append({m_documentsByName.value(documentName), label});
        }
    }
    if (text.speakerLabels.isEmpty()) {
        // Another application's case: its name may be the speaker label in its sources.
        for (const QString& source : refiCase.sourceRefs) {
            if (m_documents.contains(source)) {
                wanted.append({m_documents.value(source), refiCase.name});
            }
        }
    }
    for (const auto& [document, label] : wanted) {
        for (const Speaker& speaker : m_project.speakers(document)) {
            if (speaker.label.compare(label, Qt::CaseInsensitive) == 0 &&
                speaker.participantId != participant) {
                if (auto st = m_project.linkSpeakerToParticipant(speaker.id, participant); !st) {
                    return st;
                }
            }
        }
    }
    return {};
}

Status RefiImporter::importCases(const RefiProject& refi)
{
    int index = 0;
    for (const RefiCase& c : refi.cases) {
        ++index;
        const QString name = cleanName(c.name, u"Case %1"_s.arg(index));
        std::optional<Participant> match;
        for (const Participant& participant : m_project.participants()) {
            if (participant.guid.compare(c.guid, Qt::CaseInsensitive) == 0) {
                match = participant;
                m_report.matched.append(
                    u"participant “%1” (same GUID)"_s.arg(participant.pseudonym));
                break;
            }
        }
        if (!match) {
            if (auto found = m_project.findParticipant(name)) {
                match = *found;
                m_report.matched.append(
                    u"participant “%1” (same pseudonym)"_s.arg(found->pseudonym));
            }
        }
        ParticipantId id;
        if (match) {
            id = match->id;
        } else {
            auto added = m_project.addParticipant(name, projectGuid(c.guid));
            if (!added) {
                return added.error();
            }
            id = *added;
            ++m_report.participantsAdded;
        }
        const QString memo = parseCaseDescription(c.description).memo;
        if (!memo.trimmed().isEmpty()) {
            const QString before = match ? match->memo : QString();
            if (auto st = m_project.setParticipantMemo(id, joined({before, memo})); !st) {
                return st;
            }
        }
        setAttributes(c.values, AttributeScope::Participant, id.value, name);
        if (auto st = linkSpeakers(c, id); !st) {
            return st;
        }
    }
    return {};
}

Status RefiImporter::importProjectNotes(const RefiProject& refi)
{
    if (!refi.description.trimmed().isEmpty()) {
        if (auto st = m_project.setMemo(joined({m_project.memo(), refi.description})); !st) {
            return st;
        }
    }
    QStringList order = refi.noteRefs;
    for (const QString& guid : std::as_const(m_noteOrder)) {
        if (!order.contains(guid)) {
            order.append(guid);
        }
    }
    for (const QString& guid : std::as_const(order)) {
        if (m_usedNotes.contains(guid) || !m_notes.contains(guid)) {
            continue;
        }
        const RefiNote note = m_notes.value(guid);
        const QString text = memoFrom({guid});
        --m_report.memosImported; // counted as a journal entry instead
        if (text.trimmed().isEmpty()) {
            continue;
        }
        auto added = m_project.addJournalEntry(text, note.created);
        if (!added) {
            return added.error();
        }
        ++m_report.journalEntriesAdded;
    }
    return {};
}

} // namespace tessera::refi_detail
