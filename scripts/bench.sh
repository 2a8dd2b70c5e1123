#!/usr/bin/env bash
# Builds the benchmarks in Release and runs them with repetitions, printing medians.
# The machine may be shared and noisy: compare medians and ratios between runs.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/dependencies.sh
tessera_install_dependencies

cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DTESSERA_BUILD_TESTS=ON >/dev/null
cmake --build build/bench --target tessera_core_bench
build/bench/tests/bench/tessera_core_bench --benchmark_repetitions="${REPETITIONS:-7}" \
  --benchmark_report_aggregates_only=true "$@" | grep -E "Benchmark|median|-----"
