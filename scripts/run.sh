#!/usr/bin/env bash
# Sets up, builds and launches Career Planner on its default plan (or on the FILE given).
# Only the program is built, not the tests and benchmarks: ./scripts/test.sh builds those.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" --target careerplanner
exec build/app/careerplanner "$@"
