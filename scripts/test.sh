#!/usr/bin/env bash
# Sets up, builds with warnings as errors, and runs every test offscreen; then the whole
# suite again under AddressSanitizer and UBSan, and the fuzzers for a bounded time.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh -DCAREERPLANNER_WERROR=ON -DCAREERPLANNER_BUILD_TESTS=ON
# Includes across the layers the wrong way (scripts/check-layers.py says which way is right).
python3 scripts/check-layers.py
# Every C++ file as clang-format writes it (.clang-format).
./scripts/check-format.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure -j"$(nproc)" --timeout 300
./scripts/sanitize.sh
./scripts/fuzz.sh
