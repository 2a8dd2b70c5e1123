#pragma once

#include "WorkbenchState.h"

#include <QList>

class QMimeData;

namespace tessera::ui {

// Drag and drop payloads inside the workbench. Codes are dragged onto codes (move, merge),
// themes (link) and text (apply); a text selection is dragged onto a code (apply).
inline constexpr char kCodeIdsMime[] = "application/x-tessera-code-ids";
inline constexpr char kTextRangeMime[] = "application/x-tessera-text-range";
inline constexpr char kThemeIdsMime[] = "application/x-tessera-theme-ids";

QMimeData* makeCodesMime(const QList<CodeId>& codes, const QString& displayText = {});
QList<CodeId> codesFromMime(const QMimeData* mime);
QMimeData* makeThemesMime(const QList<ThemeId>& themes);
QList<ThemeId> themesFromMime(const QMimeData* mime);
// Also carries the text as text/plain so dropping into another program pastes the excerpt.
QMimeData* makeTextRangeMime(const TextRange& range, const QString& text);
std::optional<TextRange> textRangeFromMime(const QMimeData* mime);

} // namespace tessera::ui
