#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (AddressSanitizer and UBSan on) and runs each for
# a bounded time over the seed corpus in tests/data/fuzz. Any crash, sanitizer report or
# broken invariant fails the run. The random seed and the number of runs are fixed, so a
# run explores the same inputs on every machine (a slower one stops at the time limit,
# FUZZ_SECONDS per target, default 50); FUZZ_SEED changes the inputs explored.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
seconds=${FUZZ_SECONDS:-50}
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCAREERPLANNER_FUZZ=ON \
    -DCAREERPLANNER_BUILD_TESTS=OFF >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target fuzz_json_import fuzz_csv_import fuzz_market_import
# intercept_tls_get_addr=0: see scripts/sanitize.sh.
export ASAN_OPTIONS=detect_leaks=1:intercept_tls_get_addr=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 QT_FATAL_WARNINGS=0
declare -A runs=([json]=150000 [csv]=250000 [market]=150000)
for target in json csv market; do
    corpus=build-fuzz/corpus-$target
    rm -rf "$corpus" && mkdir -p "$corpus" # from the seeds alone, as in CI
    echo "== fuzz_${target}_import for ${seconds} s"
    status=0
    (cd build-fuzz && "./tests/fuzz/fuzz_${target}_import" -seed="${FUZZ_SEED:-1}" -runs="${runs[$target]}" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 "corpus-$target" "../tests/data/fuzz/$target") \
        >"build-fuzz/fuzz-$target.log" 2>&1 || status=$?
    grep -E "stat::number_of_executed_units|stat::new_units_added|Done [0-9]+ runs" "build-fuzz/fuzz-$target.log" || true
    if [[ $status -ne 0 ]]; then
        grep -E -A30 "ERROR|SUMMARY|runtime error|deadly signal" "build-fuzz/fuzz-$target.log" | head -60 >&2
        echo "fuzz_${target}_import failed (exit $status); the input is in build-fuzz/ (crash-*, leak-*, timeout-*)" >&2
        exit 1
    fi
done
