#!/usr/bin/env bash
# Builds (release) and runs the benchmarks in tests/benchmarks, printing their results:
# the Monte Carlo simulation, start-up time and memory against a minimal Qt window, and
# interaction timings on the large plan (which holds 60,000 market pay reports), and market
# pay data: import, matching and filters. Results are printed, never asserted.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build-release -j"$(nproc)" --target careerplanner minimal_window gen_large_plan bench_simulation \
    bench_interaction bench_market >/dev/null

work=build-release/bench
mkdir -p "$work"
[[ -f "$work/large.careerplan" ]] || build-release/tests/benchmarks/gen_large_plan "$work/large.careerplan"
[[ -f "$work/default.careerplan" ]] || build-release/app/careerplanner --new "$work/default.careerplan"

# One core, as the simulation target is stated for one core.
pin=()
command -v taskset >/dev/null && pin=(taskset -c 0)
echo "== Promotion-path Monte Carlo: 100,000 careers over 7 levels (target: under 100 ms)"
"${pin[@]}" build-release/tests/benchmarks/bench_simulation -minimumvalue 50 | grep -E "RESULT|msecs|PASS|FAIL" || true

echo
echo "== Start-up (targets: time 1.5x / 2x the minimal window, peak memory 1.5x / 2.5x)"
python3 tests/benchmarks/startup.py build-release/app/careerplanner build-release/tests/benchmarks/minimal_window \
    "$work/default.careerplan" "$work/large.careerplan" "${RUNS:-15}"

echo
echo "== Interaction on the large plan (target: each under 16 ms)"
QT_QPA_PLATFORM=offscreen build-release/tests/benchmarks/bench_interaction "$work/large.careerplan" \
    | grep -E "RESULT|msecs|^[a-zA-Z ]+:" || true

echo
echo "== Market pay data: 60,000 reports read from CSV and imported into a plan (target: under 1 s),"
echo "   matched to levels and their distributions with and without filters (target: each under 16 ms)"
build-release/tests/benchmarks/bench_market | grep -E "RESULT|msecs|QINFO" || true
