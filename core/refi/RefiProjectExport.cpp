#include "RefiProjectExport.h"

#include "common/AtomicFile.h"
#include "project/Project.h"
#include "refi/RefiConventions.h"
#include "refi/RefiGuid.h"
#include "refi/RefiWriter.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

QString lower(const QString& guid)
{
    const QString normal = normalizeRefiGuid(guid);
    return normal.isEmpty() ? readRefiGuid(guid) : normal;
}

// Derived GUIDs: one namespace per kind of object, keyed by what the object belongs to.
QString memoGuid(const QString& kind, const QString& ownerGuid)
{
    return derivedRefiGuid(u"tessera-memo:%1:%2"_s.arg(kind, lower(ownerGuid)));
}

QString attributeGuid(AttributeScope scope, const QString& name)
{
    return derivedRefiGuid(u"tessera-attribute:%1:%2"_s.arg(attributeScopeName(scope), name));
}

RefiNote memoNote(const QString& guid, const QString& name, const QString& text)
{
    RefiNote note;
    note.guid = guid;
    note.name = name;
    note.text = text;
    return note;
}

class Exporter {
public:
    explicit Exporter(const Project& project) : m_project(project) {}

    QList<RefiCode> codes(bool withMemos)
    {
        const QList<Code> all = m_project.codes();
        QHash<qint64, QList<Code>> children;
        for (const Code& code : all) {
            children[code.parentId ? code.parentId->value : 0].append(code);
        }
        return codeTree(children, 0, withMemos);
    }

    QList<RefiSet> themeSets(bool withMemos)
    {
        QList<RefiSet> sets;
        const QList<Theme> themes = m_project.themes();
        QHash<qint64, Theme> byId;
        for (const Theme& theme : themes) {
            byId.insert(theme.id.value, theme);
        }
        for (const Theme& theme : themes) {
            RefiSet set;
            set.guid = lower(theme.guid);
            set.name = theme.fields.name;
            ThemeSetText text;
            text.organisingConcept = theme.fields.organisingConcept;
            text.status = themeStatusName(theme.fields.status);
            text.color = theme.fields.color;
            if (theme.parentId) {
                const Theme parent = byId.value(theme.parentId->value);
                text.parentGuid = lower(parent.guid);
                text.parentName = parent.fields.name;
            }
            set.description = composeThemeDescription(text);
            for (const CodeId code : m_project.codesOfTheme(theme.id)) {
                if (const auto c = m_project.code(code)) {
                    set.memberCodes.append(lower(c->guid));
                }
            }
            if (withMemos && !theme.fields.memo.isEmpty()) {
                const QString guid = memoGuid(u"theme"_s, theme.guid);
                m_notes.append(memoNote(guid, u"Memo: "_s + theme.fields.name, theme.fields.memo));
                set.memberNotes.append(guid);
            }
            sets.append(set);
        }
        return sets;
    }

    RefiProject project()
    {
        RefiProject refi;
        refi.name = m_project.title().trimmed();
        if (refi.name.isEmpty()) {
            refi.name = QFileInfo(m_project.filePath()).completeBaseName();
        }
        refi.origin = QStringLiteral("Tessera " TESSERA_VERSION);
        refi.description = m_project.memo();
        m_documents = m_project.documents();
        for (const Document& document : std::as_const(m_documents)) {
            m_documentGuid.insert(document.id.value, lower(document.guid));
        }
        refi.users = users(&refi.creatingUser);
        refi.codes = codes(true);
        refi.variables = variables();
        refi.cases = cases();
        refi.sources = sources();
        refi.sets = themeSets(true);
        refi.sets += groupSets();
        journal(&refi);
        refi.notes = m_notes;
        return refi;
    }

private:
    QList<RefiCode> codeTree(const QHash<qint64, QList<Code>>& children, qint64 parent,
                             bool withMemos)
    {
        QList<RefiCode> list;
        for (const Code& code : children.value(parent)) {
            RefiCode refi;
            refi.guid = lower(code.guid);
            refi.name = code.fields.name;
            refi.color = code.fields.color;
            refi.description =
                composeCodeDescription({code.fields.description, code.fields.inclusion,
                                        code.fields.exclusion, code.fields.example});
            m_codeGuid.insert(code.id.value, refi.guid);
            m_codeName.insert(code.id.value, code.fields.name);
            if (withMemos && !code.fields.memo.isEmpty()) {
                const QString guid = memoGuid(u"code"_s, code.guid);
                m_notes.append(memoNote(guid, u"Memo: "_s + code.fields.name, code.fields.memo));
                refi.noteRefs.append(guid);
            }
            refi.children = codeTree(children, code.id.value, withMemos);
            list.append(refi);
        }
        return list;
    }

    // Coders who coded something, and the current coder (the project's creating user).
    QList<RefiUser> users(QString* creatingUser)
    {
        QSet<qint64> active;
        for (const Coding& coding : m_project.codings()) {
            active.insert(coding.coderId.value);
        }
        const auto current = m_project.currentCoder();
        if (current) {
            active.insert(current->id.value);
            *creatingUser = lower(current->guid);
        }
        QList<RefiUser> list;
        for (const Coder& coder : m_project.coders()) {
            m_coderGuid.insert(coder.id.value, lower(coder.guid));
            if (active.contains(coder.id.value)) {
                list.append(RefiUser{lower(coder.guid), coder.name});
            }
        }
        return list;
    }

    static bool allIntegers(const QStringList& values)
    {
        static const QRegularExpression integer(u"^[+-]?[0-9]+$"_s);
        for (const QString& value : values) {
            if (!integer.match(value).hasMatch()) {
                return false;
            }
        }
        return true;
    }

    static QString decimal(const QString& value)
    {
        static const QRegularExpression pattern(u"^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)$"_s);
        if (pattern.match(value).hasMatch()) {
            return value;
        }
        bool ok = false;
        const double number = value.toDouble(&ok);
        return ok ? QString::number(number, 'f', QLocale::FloatingPointShortest) : QString();
    }

    QList<RefiVariable> variables()
    {
        QList<RefiVariable> list;
        for (const AttributeScope scope : {AttributeScope::Participant, AttributeScope::Document}) {
            const auto values = m_project.attributeValues(scope);
            for (const AttributeDefinition& definition : m_project.attributes(scope)) {
                QStringList used;
                for (const auto& owner : values) {
                    if (!owner.value(definition.name).isEmpty()) {
                        used.append(owner.value(definition.name));
                    }
                }
                RefiVariable variable;
                variable.guid = attributeGuid(scope, definition.name);
                variable.name = definition.name;
                switch (definition.type) {
                case AttributeType::Number:
                    variable.type =
                        allIntegers(used) ? RefiVariableType::Integer : RefiVariableType::Float;
                    break;
                case AttributeType::Date:
                    variable.type = RefiVariableType::Date;
                    break;
                case AttributeType::Text:
                case AttributeType::Category:
                    variable.type = RefiVariableType::Text;
                    break;
                }
                variable.description = composeAttributeDescription(
                    {scope == AttributeScope::Participant, attributeTypeName(definition.type),
                     definition.multiSelect, definition.categories, true});
                m_variableType.insert(variable.guid, variable.type);
                list.append(variable);
            }
        }
        return list;
    }

    QList<RefiVariableValue> valuesOf(AttributeScope scope, const QHash<QString, QString>& values)
    {
        QList<RefiVariableValue> list;
        for (const AttributeDefinition& definition : m_project.attributes(scope)) {
            const QString value = values.value(definition.name);
            if (value.isEmpty()) {
                continue;
            }
            RefiVariableValue refi;
            refi.variableGuid = attributeGuid(scope, definition.name);
            refi.type = m_variableType.value(refi.variableGuid, RefiVariableType::Text);
            refi.value = refi.type == RefiVariableType::Float ? decimal(value) : value;
            list.append(refi);
        }
        return list;
    }

    QList<RefiCase> cases()
    {
        QHash<qint64, QString> documentName;
        for (const Document& document : std::as_const(m_documents)) {
            documentName.insert(document.id.value, document.name);
        }
        const auto values = m_project.attributeValues(AttributeScope::Participant);
        QList<RefiCase> list;
        for (const Participant& participant : m_project.participants()) {
            RefiCase c;
            c.guid = lower(participant.guid);
            c.name = participant.pseudonym;
            CaseText text;
            text.memo = participant.memo;
            QSet<qint64> documents;
            for (const Speaker& speaker : m_project.speakersOfParticipant(participant.id)) {
                text.speakerLabels.append(
                    {documentName.value(speaker.documentId.value), speaker.label});
                documents.insert(speaker.documentId.value);
            }
            c.description = composeCaseDescription(text);
            c.values = valuesOf(AttributeScope::Participant, values.value(participant.id.value));
            for (const Document& document : std::as_const(m_documents)) {
                if (documents.contains(document.id.value)) {
                    c.sourceRefs.append(m_documentGuid.value(document.id.value));
                }
            }
            list.append(c);
        }
        return list;
    }

    QList<RefiTextSource> sources()
    {
        const auto values = m_project.attributeValues(AttributeScope::Document);
        QList<RefiTextSource> list;
        for (const Document& document : std::as_const(m_documents)) {
            RefiTextSource source;
            source.guid = m_documentGuid.value(document.id.value);
            source.name = document.name;
            source.text = m_project.documentText(document.id);
            for (const Coding& coding :
                 m_project.codings(CodingFilter{document.id, {}, false, {}})) {
                source.selections.append(selection(source.text, document, coding));
            }
            if (!document.memo.isEmpty()) {
                const QString guid = memoGuid(u"document"_s, document.guid);
                m_notes.append(memoNote(guid, u"Memo: "_s + document.name, document.memo));
                source.noteRefs.append(guid);
            }
            source.values = valuesOf(AttributeScope::Document, values.value(document.id.value));
            list.append(source);
        }
        return list;
    }

    RefiSelection selection(const QString& text, const Document& document, const Coding& coding)
    {
        RefiCoding refi;
        refi.guid = lower(coding.guid);
        refi.codeGuid = m_codeGuid.value(coding.codeId.value);
        refi.creatingUser = m_coderGuid.value(coding.coderId.value);
        refi.created = coding.createdAt;
        if (!coding.memo.isEmpty()) {
            const QString guid = memoGuid(u"coding"_s, coding.guid);
            m_notes.append(memoNote(guid,
                                    u"Coding memo: %1 in %2"_s.arg(
                                        m_codeName.value(coding.codeId.value), document.name),
                                    coding.memo));
            refi.noteRefs.append(guid);
        }
        RefiSelection selection;
        selection.guid = derivedRefiGuid(u"tessera-selection:"_s + refi.guid);
        selection.name = selectionLabel(text, coding.start, coding.end);
        selection.start = coding.start;
        selection.end = coding.end;
        selection.creatingUser = refi.creatingUser;
        selection.created = coding.createdAt;
        selection.codings.append(refi);
        return selection;
    }

    // Document groups as Sets of sources. Group GUIDs are not kept by an import, so the Set's
    // GUID comes from the group's name.
    QList<RefiSet> groupSets()
    {
        QList<RefiSet> sets;
        for (const DocumentGroup& group : m_project.groups()) {
            RefiSet set;
            set.guid = derivedRefiGuid(u"tessera-group:"_s + group.name);
            set.name = group.name;
            for (const Document& document : std::as_const(m_documents)) {
                if (document.groupId && *document.groupId == group.id) {
                    set.memberSources.append(m_documentGuid.value(document.id.value));
                }
            }
            if (!set.memberSources.isEmpty()) {
                sets.append(set);
            }
        }
        return sets;
    }

    void journal(RefiProject* refi)
    {
        QSet<QString> used;
        for (const JournalEntry& entry : m_project.journal()) {
            // Keyed by the time as written (whole seconds) and the text, which an import keeps.
            const QString when = entry.createdAt.toUTC().toString(Qt::ISODate);
            QString guid = derivedRefiGuid(u"tessera-journal:%1:%2"_s.arg(when, entry.text));
            for (int n = 2; used.contains(guid); ++n) {
                guid = derivedRefiGuid(u"tessera-journal:%1:%2:%3"_s.arg(when, entry.text).arg(n));
            }
            used.insert(guid);
            RefiNote note = memoNote(
                guid, u"Journal "_s + entry.createdAt.toUTC().toString(u"yyyy-MM-dd HH:mm"_s),
                entry.text);
            note.created = entry.createdAt;
            m_notes.append(note);
            refi->noteRefs.append(guid);
        }
    }

    const Project& m_project;
    QList<Document> m_documents;
    QHash<qint64, QString> m_documentGuid;
    QHash<qint64, QString> m_codeGuid;
    QHash<qint64, QString> m_codeName;
    QHash<qint64, QString> m_coderGuid;
    QHash<QString, RefiVariableType> m_variableType;
    QList<RefiNote> m_notes;
};

} // namespace

RefiProject toRefi(const Project& project)
{
    return Exporter(project).project();
}

RefiCodebook toRefiCodebook(const Project& project)
{
    Exporter exporter(project);
    RefiCodebook codebook;
    codebook.origin = QStringLiteral("Tessera " TESSERA_VERSION);
    codebook.codes = exporter.codes(false);
    codebook.sets = exporter.themeSets(false);
    return codebook;
}

Status exportQdpx(const Project& project, const QString& path)
{
    auto bytes = writeQdpx(toRefi(project));
    if (!bytes) {
        return bytes.error();
    }
    return writeFileAtomically(path, *bytes);
}

Status exportQdc(const Project& project, const QString& path)
{
    const RefiCodebook codebook = toRefiCodebook(project);
    if (codebook.codes.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         u"Cannot export a codebook: the project has no codes, and a REFI-QDA "
                         "codebook must hold at least one. Add codes first. Nothing was "
                         "written."_s);
    }
    return writeFileAtomically(path, writeQdc(codebook));
}

} // namespace tessera
