#!/usr/bin/env bash
# Builds (release) and runs the benchmarks in tests/benchmarks, printing their results.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build-release -j"$(nproc)" --target bench_simulation
# One core, as the target is stated for one core.
pin=()
command -v taskset >/dev/null && pin=(taskset -c 0)
echo "== Promotion-path Monte Carlo: 100,000 careers over 7 levels (target: under 100 ms)"
"${pin[@]}" build-release/tests/benchmarks/bench_simulation -minimumvalue 50 | grep -E "RESULT|msecs|PASS|FAIL" || true
