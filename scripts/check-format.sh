#!/usr/bin/env bash
# Fails when a C++ file of the tree is not as clang-format (.clang-format) writes it, and
# names the files; `scripts/check-format.sh --fix` rewrites them in place.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.h' | grep -E '^(core|ui|app|tests)/')
if [[ "${1:-}" == "--fix" ]]; then
    clang-format -i --style=file "${files[@]}"
    exit 0
fi
unformatted=()
for file in "${files[@]}"; do
    if ! clang-format --style=file --dry-run -Werror "$file" >/dev/null 2>&1; then
        unformatted+=("$file")
    fi
done
if ((${#unformatted[@]})); then
    printf 'not formatted (run scripts/check-format.sh --fix): %s\n' "${unformatted[@]}"
    exit 1
fi
echo "format: ${#files[@]} files as clang-format writes them"
