#!/usr/bin/env bash
# Installs the Debian 12 packages Tessera builds and tests with. Sourced by run.sh and test.sh.
# As root it runs apt-get; otherwise it prints the exact command and stops.
#
#   g++ cmake ninja-build pkg-config   compiler and build system
#   qt6-base-dev libgl-dev libxkbcommon-dev  Qt 6 Core/Gui/Widgets (+ headers Qt's CMake files ask for)
#   qt6-svg-dev                        Qt 6 Svg: the thematic map's SVG export (QSvgGenerator)
#   libquazip1-qt6-dev                 zip: .docx transcripts, .xlsx surveys, .qdpx projects, DOCX/ODT reports
#   libsqlite3-dev                     the project file
#   libgtest-dev libgmock-dev          unit tests
#   libbenchmark-dev                   benchmarks (built in CI so they keep compiling; run by scripts/bench.sh)
#   ccache                             faster rebuilds (optional at build time, installed anyway)
#   poppler-utils                      pdftotext/pdfinfo: the export tests read PDFs back (not LibreOffice:
#                                      its DOCX/ODT round-trip test skips without it, see docs/exports.md)
#   libxml2-utils                      xmllint: the REFI-QDA tests validate written files against the schemas

TESSERA_PACKAGES=(g++ cmake ninja-build pkg-config qt6-base-dev libgl-dev libxkbcommon-dev
  qt6-svg-dev libquazip1-qt6-dev libsqlite3-dev libgtest-dev libgmock-dev libbenchmark-dev ccache
  poppler-utils libxml2-utils)

tessera_install_dependencies() {
  local missing=()
  local pkg
  for pkg in "${TESSERA_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$pkg")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  echo "Tessera needs these Debian packages: ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" || {
      echo "error: apt-get could not install: ${missing[*]}" >&2
      return 1
    }
  else
    echo "Run this, then start the script again:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    return 1
  fi
}
