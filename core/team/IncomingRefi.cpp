#include "IncomingProject.h"
#include "common/Environment.h"
#include "io/SpeakerTurnDetector.h"
#include "refi/RefiConventions.h"
#include "refi/RefiImporter.h"
#include "refi/RefiModel.h"

#include <QFileInfo>
#include <QSet>

namespace tessera {

// A REFI-QDA project as a merge's input. Names are cleaned as the REFI-QDA import cleans them
// (refi_detail::cleanName), so a project that imported the file and a merge of the same file
// agree on paths.

namespace {

using refi_detail::cleanName;

// The code tree, parents before children. A GUID used twice gets a new one the second time
// (its codings go to the first); sibling names that clash are numbered.
struct CodeConverter {
    QStringList& warnings;
    QList<IncomingCode> codes = {};
    QSet<QString> guids = {};

    void add(const QList<RefiCode>& refiCodes, const QString& parentGuid)
    {
        QSet<QString> siblings;
        for (const RefiCode& refi : refiCodes) {
            QString guid = refi.guid.toUpper();
            if (guid.isEmpty() || guids.contains(guid)) {
                warnings << QStringLiteral("The file uses the GUID %1 for more than one code; "
                                           "the later ones got new GUIDs.")
                                .arg(refi.guid);
                guid = Environment::newGuid().toUpper();
            }
            guids.insert(guid);
            QString name = cleanName(refi.name, QStringLiteral("Unnamed code"));
            const QString base = name;
            for (int n = 2; siblings.contains(name.toCaseFolded()); ++n) {
                name = QStringLiteral("%1 (%2)").arg(base).arg(n);
            }
            if (name != base) {
                warnings << QStringLiteral("Two codes are called “%1” at the same level; the "
                                           "second is read as “%2”.")
                                .arg(base, name);
            }
            siblings.insert(name.toCaseFolded());
            const CodeDefinitionText definition = parseCodeDescription(refi.description);
            CodeFields fields;
            fields.name = name;
            fields.color = isValidColor(refi.color) ? refi.color.toUpper() : QString();
            fields.description = definition.description;
            fields.inclusion = definition.inclusion;
            fields.exclusion = definition.exclusion;
            fields.example = definition.example;
            codes << IncomingCode{guid, parentGuid, fields};
            add(refi.children, guid);
        }
    }
};

class RefiConverter {
public:
    RefiConverter(const RefiProject& refi, IncomingProject& incoming)
        : m_refi(refi), m_incoming(incoming)
    {
    }

    void convert()
    {
        for (const RefiUser& user : m_refi.users) {
            const QString guid = user.guid.toUpper();
            if (m_users.contains(guid)) {
                continue;
            }
            m_users.insert(guid);
            m_incoming.coders << IncomingCoder{guid, uniqueCoderName(user.name), QString()};
        }
        m_incoming.codes = incomingCodesFromRefi(m_refi.codes, m_incoming.warnings);
        for (const RefiTextSource& source : m_refi.sources) {
            addSource(source);
        }
    }

private:
    QString uniqueCoderName(const QString& raw)
    {
        QString name = cleanName(raw, QStringLiteral("Unnamed coder"));
        const QString base = name;
        for (int n = 2; m_coderNames.contains(name.toCaseFolded()); ++n) {
            name = QStringLiteral("%1 (%2)").arg(base).arg(n);
        }
        m_coderNames.insert(name.toCaseFolded());
        return name;
    }

    // The coder of a coding: its own user, else the selection's, else the project's creating
    // user; a user the file does not list becomes one coder named after the file.
    void setCoder(IncomingCoding& coding, const QString& user)
    {
        const QString guid = user.toUpper();
        if (!guid.isEmpty() && m_users.contains(guid)) {
            coding.coderGuid = guid;
            return;
        }
        if (m_fallbackCoder.isEmpty()) {
            m_fallbackCoder = uniqueCoderName(QFileInfo(m_incoming.sourcePath).completeBaseName());
            m_incoming.coders << IncomingCoder{QString(), m_fallbackCoder, QString()};
            m_incoming.warnings << QStringLiteral("Some codings name no known user; they arrive "
                                                  "under the coder “%1”.")
                                       .arg(m_fallbackCoder);
        }
        coding.coderName = m_fallbackCoder;
    }

    void addSource(const RefiTextSource& source)
    {
        IncomingDocument document;
        document.guid = source.guid.toUpper();
        document.name = cleanName(source.name, QStringLiteral("Source"));
        document.sourceName = QFileInfo(m_incoming.sourcePath).fileName();
        document.format = QStringLiteral("txt");
        document.text = source.text;
        document.turns = detectSpeakerTurns(source.text);
        m_incoming.documents << document;
        for (const RefiSelection& selection : source.selections) {
            for (const RefiCoding& refiCoding : selection.codings) {
                IncomingCoding coding;
                coding.guid = refiCoding.guid.toUpper();
                coding.documentGuid = document.guid;
                coding.codeGuid = refiCoding.codeGuid.toUpper();
                coding.start = selection.start;
                coding.end = selection.end;
                coding.memo = selection.description;
                coding.createdAt =
                    refiCoding.created.isValid() ? refiCoding.created : selection.created;
                const QString user = !refiCoding.creatingUser.isEmpty()  ? refiCoding.creatingUser
                                     : !selection.creatingUser.isEmpty() ? selection.creatingUser
                                                                         : m_refi.creatingUser;
                setCoder(coding, user);
                m_incoming.codings << coding;
            }
        }
    }

    const RefiProject& m_refi;
    IncomingProject& m_incoming;
    QSet<QString> m_users;
    QSet<QString> m_coderNames;
    QString m_fallbackCoder;
};

} // namespace

QList<IncomingCode> incomingCodesFromRefi(const QList<RefiCode>& codes, QStringList& warnings)
{
    CodeConverter converter{warnings};
    converter.add(refi_detail::nestBackslashNames(codes), QString());
    return converter.codes;
}

IncomingProject incomingFromRefi(const RefiProject& refi, const QString& sourcePath)
{
    IncomingProject incoming;
    incoming.sourcePath = sourcePath;
    incoming.title = refi.name;
    incoming.warnings = refi.warnings;
    RefiConverter(refi, incoming).convert();
    if (!refi.cases.isEmpty()) {
        incoming.notMerged << QStringLiteral("%1 case(s)").arg(refi.cases.size());
    }
    if (!refi.sets.isEmpty()) {
        incoming.notMerged << QStringLiteral("%1 set(s)").arg(refi.sets.size());
    }
    if (!refi.notes.isEmpty()) {
        incoming.notMerged << QStringLiteral("%1 note(s)").arg(refi.notes.size());
    }
    return incoming;
}

} // namespace tessera
