#!/usr/bin/env bash
# The main job on the bundled sample study, from a fresh Debian 12 machine:
# install what is missing, build (Release), create the sample study if needed, write its theme
# summary (Markdown and HTML) and, where there is a display, open the sample in the desktop app.
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
if [ ! -f "$project" ]; then
  "$cli" sample "$project"
fi
"$cli" export-themes "$project" --format md -o "$out/theme-summary.md"
"$cli" export-themes "$project" --format html -o "$out/theme-summary.html"
"$cli" export-codebook "$project" --format md -o "$out/codebook.md"
echo
echo "The sample study's theme summary is in $out:"
echo "  $out/theme-summary.md"
echo "  $out/theme-summary.html  (open it in a web browser)"
echo "  $out/codebook.md"

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
