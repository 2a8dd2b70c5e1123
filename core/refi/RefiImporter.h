#pragma once

#include "common/Result.h"
#include "model/Entities.h"
#include "refi/RefiModel.h"
#include "refi/RefiProjectImport.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

namespace tessera {
class Project;
}

namespace tessera::refi_detail {

// A name Tessera accepts for a code, theme, document, coder or participant: one line, trimmed,
// no "/" (paths use it; it becomes "∕", U+2215, which looks the same). Empty -> `fallback`.
// `changed` tells whether anything was replaced.
QString cleanName(const QString& name, const QString& fallback, bool* changed = nullptr);

// Taguette writes a flat codebook whose names hold the hierarchy ("parent\child"); this nests
// such codes under the code named by the prefix (created when missing, with a derived GUID).
QList<RefiCode> nestBackslashNames(const QList<RefiCode>& codes);

// Maps one REFI-QDA model into a project through the Project API. Each import* step adds one
// kind of object and records the file-GUID -> project-id maps the later steps use.
class RefiImporter {
public:
    RefiImporter(Project& project, RefiImportReport& report);

    // The file the data came from, recorded as each document's source.
    void setSourceName(const QString& name) { m_sourceName = name; }
    void setNotes(const QList<RefiNote>& notes);
    Status importUsers(const QList<RefiUser>& users, const QString& creatingUser);
    Status importCodes(const QList<RefiCode>& codes);
    // Sets of codes (and empty sets) become themes; the others are left to importSources.
    Status importThemes(const QList<RefiSet>& sets);
    Status importVariables(const RefiProject& refi);
    Status importSources(const RefiProject& refi);
    Status importCases(const RefiProject& refi);
    // The project's description, and the notes no object took, as memo and journal.
    Status importProjectNotes(const RefiProject& refi);

    std::optional<CoderId> coderOf(const QString& userGuid) const;

    void warn(const QString& message);

private:
    struct VariableTarget {
        QString name; // the attribute's name in the project
        bool participant = false;
        bool document = false;
    };

    Status importCodeList(const QList<RefiCode>& codes, std::optional<CodeId> parent,
                          const QString& parentPath);
    // The memo text of the referenced notes (each note used once), joined by blank lines.
    QString memoFrom(const QStringList& noteRefs);
    Status defineVariable(const RefiVariable& variable, bool participant, bool document);
    void setAttributes(const QList<RefiVariableValue>& values, AttributeScope scope, qint64 owner,
                       const QString& ownerName);
    Result<DocumentId> addSource(const RefiTextSource& source, const QString& groupName);
    Status addCodings(const RefiTextSource& source, DocumentId document);
    Status linkSpeakers(const RefiCase& refiCase, ParticipantId participant);

    Project& m_project;
    RefiImportReport& m_report;
    QSet<QString> m_said;
    QHash<QString, RefiNote> m_notes; // by GUID
    QList<QString> m_noteOrder;
    QSet<QString> m_usedNotes;
    QHash<QString, CoderId> m_coders;             // user GUID -> coder
    std::optional<CoderId> m_defaultCoder;        // for codings without a known user
    QHash<QString, CodeId> m_codes;               // code GUID -> code
    QHash<QString, ThemeId> m_themes;             // set GUID -> theme
    QHash<QString, DocumentId> m_documents;       // source GUID -> document
    QHash<QString, DocumentId> m_documentsByName; // source name in the file -> document
    QString m_sourceName = QStringLiteral("REFI-QDA project");
    QHash<QString, VariableTarget> m_variables; // variable GUID -> attribute
    int m_folderCodes = 0;
};

// Upper-case, as Tessera writes GUIDs (Environment::newGuid).
inline QString projectGuid(const QString& refiGuid)
{
    return refiGuid.toUpper();
}

} // namespace tessera::refi_detail
