#pragma once

#include "common/Result.h"
#include "io/ImportedDocument.h"
#include "model/Entities.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace tessera {

struct RefiCode;
struct RefiProject;

// A colleague's project as a merge sees it (ProjectMerge.h): documents with their text and
// turns, the code tree, coders and codings, whatever file it came from (a .tessera project or
// a REFI-QDA .qdpx). Objects refer to each other by GUID, so every GUID is unique within its
// kind; GUIDs are upper-case, as Tessera writes them. Positions are UTF-16 code units into the
// document's text, exactly as in a project.

struct IncomingCoder {
    QString guid; // may be empty (a REFI-QDA file without users): matched by name only
    QString name;
    QString color; // "#RRGGBB" or empty
};

struct IncomingCode {
    QString guid;
    QString parentGuid; // empty = top level; the parent comes earlier in the list
    CodeFields fields;
};

struct IncomingDocument {
    QString guid;
    QString name;
    QString groupName;
    QString sourceName;
    QString format; // "txt", "vtt", ...
    QString text;
    QList<ImportedTurn> turns;
    QHash<QString, SpeakerRole> speakerRoles; // label -> role
};

struct IncomingCoding {
    QString guid;
    QString documentGuid;
    QString codeGuid;
    QString coderGuid; // an IncomingCoder's GUID, or empty for the coder named in coderName
    QString coderName; // used when coderGuid is empty
    qsizetype start = 0;
    qsizetype end = 0;
    QString memo;
    bool keyQuote = false;
    QDateTime createdAt;
};

struct IncomingProject {
    QString sourcePath; // the file it was read from, for messages
    QString title;
    QList<IncomingCoder> coders;
    QList<IncomingCode> codes; // depth-first: a parent before its children
    QList<IncomingDocument> documents;
    QList<IncomingCoding> codings;
    // What the file holds that a merge does not bring over ("3 themes", "14 participants").
    QStringList notMerged;
    // Odd but harmless things met while reading (a REFI-QDA reader's warnings).
    QStringList warnings;
};

// Reads a colleague's file for merging: a .qdpx as REFI-QDA, anything else as a Tessera
// project. The file is never changed and nothing is written beside it: a project is read from
// a private copy of the file (and of its write-ahead log, when another Tessera has it open).
// Refuses files that are neither, with a message naming the file.
Result<IncomingProject> readIncomingProject(const QString& path);

// A Tessera project file (see readIncomingProject).
Result<IncomingProject> readIncomingTessera(const QString& path);

// The bytes of a .qdpx or .qdc file for a REFI-QDA reader; refuses files over `limit` bytes.
Result<QByteArray> readRefiFile(const QString& path, qint64 limit);

// A REFI-QDA project already read (refi/RefiReader.h): users become coders, text sources
// documents (speaker turns detected as for a .txt import), codes keep their GUIDs and
// hierarchy (definitions split from descriptions as Tessera's REFI-QDA export writes them),
// selections' codings become codings under their creating user (the project's creating user,
// or a coder named after the file, when a coding names none).
IncomingProject incomingFromRefi(const RefiProject& refi, const QString& sourcePath);

// A REFI-QDA code tree as incoming codes (as incomingFromRefi converts them); a GUID used
// twice, or sibling names that clash, are reported in `warnings`.
QList<IncomingCode> incomingCodesFromRefi(const QList<RefiCode>& codes, QStringList& warnings);

} // namespace tessera
