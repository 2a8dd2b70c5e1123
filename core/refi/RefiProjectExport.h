#pragma once

#include "common/Result.h"
#include "refi/RefiModel.h"

#include <QString>

namespace tessera {

class Project;

// A Tessera project as REFI-QDA data (docs/refi-qda.md has the full mapping):
//   transcripts -> TextSources (their stored text); codings -> one PlainTextSelection + Coding
//   each, by their coder; codes -> Codes with hierarchy, colour, and description with the
//   inclusion/exclusion/example sections; coders -> Users (those with codings, and the current
//   coder); participants -> Cases with attributes as Variables and SourceRefs to the documents
//   they speak in; document attributes -> VariableValues of the TextSource; themes -> Sets of
//   their codes (concept, status, colour and parent theme in the description); document
//   groups -> Sets of sources; memos -> Notes (NoteRef from code, source, coding, or Set
//   member for themes); the project memo -> the project's Description; journal entries ->
//   Notes referenced by the project.
// GUIDs are the project's own, lower-cased; objects without one in Tessera (selections,
// variables, memos, groups) get GUIDs derived from what they belong to, so every export of an
// unchanged project gives the same GUIDs and the same bytes.
RefiProject toRefi(const Project& project);

// The codebook alone (.qdc): codes and themes (as Sets); memos have no place in a codebook.
RefiCodebook toRefiCodebook(const Project& project);

// Write a .qdpx / .qdc file, whole or not at all (an existing file is replaced only on success).
// A project without codes has no valid codebook: exportQdc refuses it (InvalidInput).
Status exportQdpx(const Project& project, const QString& path);
Status exportQdc(const Project& project, const QString& path);

} // namespace tessera
