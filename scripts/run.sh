#!/usr/bin/env bash
# Sets up, builds and launches Career Planner on its default plan (or on the FILE given).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh
exec build/app/careerplanner "$@"
