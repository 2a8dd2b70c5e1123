#pragma once

#include "IncomingProject.h"
#include "common/Result.h"
#include "project/ProjectBatch.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tessera {

class Project;

// Merging a colleague's project into this one (docs/team-work.md, "Merging"):
//   documents  matched by content hash: the same text is the same document, whatever its name;
//              a new text is added with its speakers and turns (renamed when its name is taken)
//   codes      matched by GUID, then by path (a code of the same name under the matched
//              parent); new codes are added with their hierarchy and keep their GUID
//   coders     matched by GUID, then by name; their codings arrive under them
//   codings    added unless the same document, code, coder and range is already there, so
//              merging the same file twice changes nothing the second time
// A matched code whose definition differs is a conflict: both versions are listed and the
// local one is kept. Themes, participants, memos and journal are not merged (they are listed
// in the warnings when the other file has any).

struct MergeConflict {
    QString code;  // the local code's path
    QString field; // "description", "inclusion", "exclusion", "example"
    QString ours;
    QString theirs;
};

struct MergeReport {
    QString source; // the other file
    int documentsAdded = 0;
    int documentsMatched = 0;
    int codesAdded = 0;
    int codesMatched = 0;
    int codersAdded = 0;
    int codersMatched = 0;
    int codingsAdded = 0;
    int codingsSkipped = 0; // already in the project (same document, code, coder and range)
    QList<MergeConflict> conflicts;
    QStringList warnings;
};

// What merging `incoming` would add, without writing anything: the batch for
// Project::addBatch and the report it would give.
struct MergePlan {
    ProjectBatch batch;
    MergeReport report;
};
MergePlan planMerge(const Project& project, const IncomingProject& incoming);

// Merges as ONE undoable action ("Merge “other.tessera”"); nothing is written when it fails.
Result<MergeReport> mergeIncoming(Project& project, const IncomingProject& incoming);

// Reads `otherPath` (a .tessera project or a .qdpx, see readIncomingProject) and merges it.
// Refuses the project's own file, and files that are neither, changing nothing.
Result<MergeReport> mergeProjectFile(Project& project, const QString& otherPath);

} // namespace tessera
