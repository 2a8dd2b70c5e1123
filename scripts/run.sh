#!/usr/bin/env bash
# The main job on the bundled sample study, from a fresh Debian 12 machine:
# install what is missing, build (Release), create the sample study if needed, write its theme
# summary (Markdown and HTML), codebook, survey summary and joint display and, where there is a
# display, open the sample in the desktop app.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/dependencies.sh
tessera_install_dependencies

cmake --preset release >/dev/null
cmake --build --preset release

out="${TESSERA_OUT:-$PWD/build/sample}"
mkdir -p "$out"
project="$out/sample-study.tessera"
cli=build/release/app/cli/tessera-cli
if [ -f "$project" ] && [ "$("$cli" --json surveys "$project")" = "[]" ]; then
  # Made by an older Tessera, before the sample had its survey: keep it (it may hold your own
  # coding) under another name and build the current sample.
  kept="$out/sample-study.before-survey.$(date +%Y%m%d-%H%M%S).tessera"
  mv "$project" "$kept"
  echo "Your earlier sample project has no survey; it was kept as $kept."
fi
if [ ! -f "$project" ]; then
  "$cli" sample "$project"
fi
"$cli" export-themes "$project" --format md -o "$out/theme-summary.md"
"$cli" export-themes "$project" --format html -o "$out/theme-summary.html"
"$cli" export-codebook "$project" --format md -o "$out/codebook.md"
# The mixed-methods side: the survey's figures, and the themes (over the focus-group
# transcripts) next to two survey items by role.
"$cli" survey-summary "$project" --format md -o "$out/survey-summary.md"
"$cli" joint-display "$project" --columns Role \
  --item "Felt confident delivering support digitally=Yes" \
  --item "Would benefit from further training=Yes" \
  --format md -o "$out/joint-display.md"
echo
echo "The sample study's theme summary is in $out:"
echo "  $out/theme-summary.md"
echo "  $out/theme-summary.html  (open it in a web browser)"
echo "  $out/codebook.md"
echo "  $out/survey-summary.md   (the survey's figures, n/N (p%))"
echo "  $out/joint-display.md    (themes by role next to survey items)"

gui=build/release/app/gui/tessera
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset), so the desktop window was not opened."
  echo "On a desktop, run: $gui \"$project\""
elif [ ! -x "$gui" ]; then
  echo "The desktop app was not built ($gui is missing); the exports above are complete." >&2
else
  echo "Opening the sample study in Tessera (every change is saved as you make it)..."
  exec "$gui" "$project"
fi
