#!/usr/bin/env bash
# Builds the benchmarks in Release and runs them with repetitions, printing medians.
# The machine may be shared and noisy: compare medians and ratios between runs.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/dependencies.sh
tessera_install_dependencies

cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DTESSERA_BUILD_TESTS=ON >/dev/null
cmake --build build/bench --target tessera_core_bench tessera_workbench_bench
echo "== core (import, apply, refresh, load, undo)"
build/bench/tests/bench/tessera_core_bench --benchmark_repetitions="${REPETITIONS:-7}" \
  --benchmark_report_aggregates_only=true "$@" | grep -E "Benchmark|median|-----"
echo "== workbench (offscreen: show 300k-character transcript, scroll, toggle filter, apply code)"
QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" build/bench/tests/bench/tessera_workbench_bench "$@" 2>/dev/null |
  grep -E "Benchmark|median|-----"
