#!/usr/bin/env bash
# Sets up, builds with warnings as errors, and runs every test offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh -DCAREERPLANNER_WERROR=ON -DCAREERPLANNER_BUILD_TESTS=ON
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure -j"$(nproc)" --timeout 300
