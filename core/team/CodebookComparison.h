#pragma once

#include "IncomingProject.h"
#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tessera {

class Project;

// Comparing two codebooks (docs/team-work.md, "Comparing codebooks"): two projects, or a
// project and a REFI-QDA codebook, as a team does when it reconciles versions. Codes are
// matched by GUID, then by path among the codes left over, so a code that kept its GUID can be
// renamed or moved and still be the same code.

struct CodebookCode {
    QString guid; // upper-case
    QString name;
    QString path;       // "Parent/Child"
    QString parentGuid; // empty = top level
    QString description;
    QString inclusion;
    QString exclusion;
    QString example;
};

struct Codebook {
    QString source;            // the file it was read from
    QList<CodebookCode> codes; // depth-first
    QStringList warnings;      // from reading
};

struct CodebookCodeRef {
    QString guid;
    QString path;
};

// Paths in A and in B.
struct CodebookRename {
    QString guid;
    QString from;
    QString to;
};

// A code under another parent in B: its paths in A and B and its parents' paths (empty for
// the top level).
struct CodebookMove {
    QString guid;
    QString from;
    QString to;
    QString fromParent;
    QString toParent;
};

struct CodebookFieldChange {
    QString field; // "description", "inclusion", "exclusion", "example"
    QString a;
    QString b;
};

struct CodebookChange {
    QString guid;
    QString path; // in B
    QList<CodebookFieldChange> fields;
};

struct CodebookComparison {
    QString a; // source files
    QString b;
    int codesInA = 0;
    int codesInB = 0;
    QList<CodebookCodeRef> added;   // only in B, in B's order
    QList<CodebookCodeRef> removed; // only in A, in A's order
    QList<CodebookRename> renamed;  // same code, another name (its own, not a parent's)
    QList<CodebookMove> moved;      // same code, another parent
    QList<CodebookChange> changed;  // same code, another definition
    int unchanged = 0;              // matched codes none of the above applies to
};

// The codebook of an open project.
Codebook codebookOf(const Project& project);
// Codes read from another file (IncomingProject.h), with their paths.
Codebook codebookOf(const QList<IncomingCode>& codes, const QString& source);
// A .tessera project (read from a private copy, never changed), a .qdc codebook or the codes
// of a .qdpx project, by the file's suffix.
Result<Codebook> readCodebook(const QString& path);

CodebookComparison compareCodebooks(const Codebook& a, const Codebook& b);

} // namespace tessera
