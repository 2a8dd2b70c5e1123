#!/usr/bin/env bash
# Installs what is missing, builds with the ci preset (warnings are errors) and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/dependencies.sh
tessera_install_dependencies

cmake --preset ci
cmake --build --preset ci
ctest --preset ci --output-on-failure
