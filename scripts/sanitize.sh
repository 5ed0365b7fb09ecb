#!/usr/bin/env bash
# Builds everything with AddressSanitizer and UndefinedBehaviorSanitizer into build-asan/
# and runs the whole test suite there; any sanitizer report fails the test it comes from.
# -O1 without debug info keeps the build short; reports still name the functions.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_FLAGS="-O1 -g0" -DCAREERPLANNER_SANITIZE=ON \
    -DCAREERPLANNER_WERROR=ON -DCAREERPLANNER_BUILD_TESTS=ON -DCAREERPLANNER_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build build-asan -j"$(nproc)"
export QT_QPA_PLATFORM=offscreen
# Leaks are reported too; Qt's own one-time allocations are not ours, see tests/lsan.supp.
# intercept_tls_get_addr=0: the leak checker of GCC 12's runtime can take a glibc 2.36
# dynamic-TLS block for an older glibc's layout, depending on where it lands, and crash
# while scanning it ("Tracer caught signal 11", google/sanitizers#1322); without the
# interception it scans static TLS, stacks and the heap as before.
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:intercept_tls_get_addr=0
export LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir build-asan --output-on-failure -j"$(nproc)" --timeout 600 -E '^packaging$'
