#pragma once

#include "common/Result.h"
#include "refi/RefiModel.h"

#include <QString>
#include <QStringList>

namespace tessera {

class Project;

// What an import did, for the CLI and the GUI to show.
struct RefiImportReport {
    int codersAdded = 0;
    int codesAdded = 0;
    int themesAdded = 0;
    int documentsAdded = 0;
    int codingsAdded = 0;
    int participantsAdded = 0;
    int attributesDefined = 0;
    int memosImported = 0;
    int journalEntriesAdded = 0;
    // Objects the project already had, matched instead of duplicated: "code “A/B” (same GUID)".
    QStringList matched;
    // The reader's warnings (position reading chosen, odd spellings, skipped sources) followed
    // by the import's (renamed codes, skipped codings, ...).
    QStringList warnings;
};

// Adds a REFI-QDA project to a project (docs/refi-qda.md, "Import"): users become coders,
// codes keep their GUIDs, hierarchy, colours and names (a "/" becomes "∕", which paths
// reserve), Sets of codes become themes, Sets of sources document groups, text sources become
// documents (speaker turns detected as for a .txt import) with their codings under their coders,
// cases become participants with their variables as attributes, notes become memos (or journal
// entries when they are about the project or about nothing). Codes, coders, themes and
// participants the project already has (same GUID, then same path or name) are matched, not
// duplicated. Problems with single objects are warnings; an error means the project refused a
// change, and what was added before it stays (each step is one undoable action).
Result<RefiImportReport> importQdpxInto(Project& project, const RefiProject& refi);

// Adds a codebook's codes (and its Sets as themes) to a project; codes it already has (same
// GUID, then same path) are reported in `matched`, not duplicated.
Result<RefiImportReport> importQdcInto(Project& project, const RefiCodebook& codebook);

// Reads a .qdc file and adds it (import-qdc PROJECT FILE).
Result<RefiImportReport> importQdcFileInto(Project& project, const QString& qdcPath);

// Creates a new project at `projectPath` from a .qdpx file (import-qdpx FILE PROJECT): refuses
// an existing projectPath; reads and checks the whole archive before creating anything; on
// failure removes the project it created, so nothing is left behind. The project takes the
// file's name as title and its creating user as current coder.
Result<RefiImportReport> importQdpxAsNewProject(const QString& qdpxPath,
                                                const QString& projectPath);

} // namespace tessera
