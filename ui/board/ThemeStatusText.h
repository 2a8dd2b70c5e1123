#pragma once

#include "model/Entities.h"

#include <QString>

namespace tessera::ui {

// "Candidate", "Reviewed", "Final": column titles and menu entries.
QString themeStatusTitle(ThemeStatus status);
// "candidate", "reviewed", "final": inside sentences.
QString themeStatusWord(ThemeStatus status);
// The next step of Braun & Clarke's phases 3–5 (candidate → reviewed → final) and the one
// before; nullopt at either end.
std::optional<ThemeStatus> nextThemeStatus(ThemeStatus status);
std::optional<ThemeStatus> previousThemeStatus(ThemeStatus status);

} // namespace tessera::ui
