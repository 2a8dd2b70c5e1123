#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tessera {

// Plain data for REFI-QDA exchange (docs/refi-qda.md): the part of the standard's model that
// Tessera reads and writes. Readers fill it from .qdc/.qdpx bytes, writers turn it into bytes,
// and the project bridge (RefiProjectExport/RefiProjectImport) maps it to and from a Project.
// No database, no files.
//
// GUIDs are stored normalised: 36 characters, lower-case, no braces (see RefiGuid.h).
//
// Positions: every start/end here is a UTF-16 code unit offset into RefiTextSource::text,
// [start, end), and that text is normalised (no BOM, LF line ends), exactly like a Tessera
// document. The writer converts to the code points the standard asks for; the reader detects
// which convention a file used and converts from it (RefiPositions.h).

struct RefiUser {
    QString guid;
    QString name;
};

struct RefiCode {
    QString guid;
    QString name;
    QString color; // "#RRGGBB" (upper-case) or empty
    QString description;
    bool isCodable = true;
    QStringList noteRefs; // GUIDs of RefiNote memos about this code (project files only)
    QList<RefiCode> children;
};

// A named group of codes, sources and notes (ATLAS.ti code groups, document groups, ...).
struct RefiSet {
    QString guid;
    QString name;
    QString description;
    QStringList memberCodes;
    QStringList memberSources;
    QStringList memberNotes;
};

// A .qdc file: the codebook alone.
struct RefiCodebook {
    QString origin; // the exporting application, e.g. "ATLAS.ti Win 23.4.0"
    QList<RefiCode> codes;
    QList<RefiSet> sets;
    QStringList warnings; // filled by the reader: what was odd but did not stop it
};

enum class RefiVariableType { Text, Boolean, Integer, Float, Date, DateTime };
QString refiVariableTypeName(RefiVariableType type); // "Text", "Boolean", ... as in the schema
std::optional<RefiVariableType> refiVariableTypeFromName(const QString& name);

struct RefiVariable {
    QString guid;
    QString name;
    RefiVariableType type = RefiVariableType::Text;
    QString description;
};

// A value in the schema's lexical form for its type ("12", "3.5", "2024-05-01", "true").
struct RefiVariableValue {
    QString variableGuid;
    RefiVariableType type = RefiVariableType::Text;
    QString value;
};

// A case: a person (or another unit of analysis) across sources.
struct RefiCase {
    QString guid;
    QString name;
    QString description;
    QList<RefiVariableValue> values;
    QStringList sourceRefs; // sources the case appears in
};

struct RefiCoding {
    QString guid;
    QString codeGuid;
    QString creatingUser; // a RefiUser GUID, or empty
    QDateTime created;    // UTC; invalid when the file had none
    QStringList noteRefs;
};

// A coded (or annotated) range of a text source.
struct RefiSelection {
    QString guid;
    QString name;        // often the selected text, sometimes a label ("line:6", "Quotation 2:1")
    qsizetype start = 0; // UTF-16 units into RefiTextSource::text
    qsizetype end = 0;
    QString creatingUser;
    QDateTime created;
    QString description; // an annotation (MAXQDA writes selections with only this)
    QList<RefiCoding> codings;
    QStringList noteRefs;
};

struct RefiTextSource {
    QString guid;
    QString name;
    QString description;
    QString text; // normalised: no BOM, LF line ends
    QString creatingUser;
    QDateTime created;
    QList<RefiSelection> selections;
    QStringList noteRefs;
    QList<RefiVariableValue> values;
    // Reader only: how the file's positions were read (RefiPositions.h), for reports.
    QString positionReading;
};

// A memo. In the schema a note is a text source; Tessera keeps its text inline.
struct RefiNote {
    QString guid;
    QString name;
    QString description;
    QString text;
    QString creatingUser;
    QDateTime created;
};

// A .qdpx file.
struct RefiProject {
    QString name;
    QString origin;
    QString creatingUser;
    QDateTime created;
    QString description;
    QStringList noteRefs; // notes about the project as a whole
    QList<RefiUser> users;
    QList<RefiCode> codes;
    QList<RefiVariable> variables;
    QList<RefiCase> cases;
    QList<RefiTextSource> sources;
    QList<RefiNote> notes;
    QList<RefiSet> sets;
    // Zip entry time for the written archive; invalid = 1980-01-01, so the same project always
    // gives the same bytes.
    QDateTime archiveTime;
    QStringList warnings; // reader: odd but harmless things, and the position reading chosen
};

} // namespace tessera
