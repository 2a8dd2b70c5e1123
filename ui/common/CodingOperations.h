#pragma once

#include "WorkbenchState.h"
#include "common/Result.h"

#include <QString>

namespace tessera::ui {

// The coding actions every route shares (drag and drop, context menu, quick-code box,
// shortcuts), so all routes validate and label their undo steps the same way.

// Codes the range with `code` as the current coder and records the code as recently used.
Result<CodingId> applyCode(WorkbenchState& state, const TextRange& range, CodeId code);
// Finds a code by path ("Parent/Child") or by a name unique in the tree; creates a top-level code
// when nothing matches. Returns the code and whether it was created.
Result<std::pair<CodeId, bool>> findOrCreateCode(WorkbenchState& state, const QString& pathOrName);
// In-vivo coding: a new code named from the selected words (first line, at most 60 characters),
// applied to the selection. An existing code of that name is reused.
Result<CodingId> codeInVivo(WorkbenchState& state, const TextRange& range);
// The speech of the turn containing `position` (or nullopt outside turns).
std::optional<TextRange> turnRangeAt(const Project& project, DocumentId document,
                                     qsizetype position);
// Widens a selection to whole words: the start moves back and the end forward to word
// boundaries; leading and trailing whitespace is dropped. Positions never split a surrogate pair.
TextRange snapToWords(const QString& text, const TextRange& range);
// "“text” (Focus group 2, P3)" for clipboard copies.
QString citation(const QString& text, const QString& group, const QString& documentName,
                 const QString& speaker);

} // namespace tessera::ui
