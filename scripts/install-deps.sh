#!/usr/bin/env bash
# Installs what building and testing Career Planner needs on Debian 12, and only what is missing.
set -euo pipefail

# libqt6opengl6-dev is only recommended by qt6-base-dev, but Qt6Charts' CMake package needs it.
# poppler-utils (pdfinfo, pdftotext) lets the tests read the PDF report back; the validators
# and dpkg-dev check and build the Debian package (packaging/check-package.sh); clang and
# its runtime libraries build the libFuzzer targets (scripts/fuzz.sh); python3 runs the
# layering check (scripts/check-layers.py) and the start-up benchmark; clang-format (14 on
# Debian 12: the version the tree is formatted with) the format check. libical-dev writes the
# interviews' calendar files; python3-icalendar reads them back in the tests, independently,
# as cmark-gfm (GitHub's CommonMark) reads back the promotion case's Markdown.
packages=(cmake g++ make qt6-base-dev libqt6opengl6-dev qt6-charts-dev libqt6sql6-sqlite qt6-tools-dev
          qt6-l10n-tools qt6-svg-dev libgl-dev sqlite3 libsqlite3-dev fonts-dejavu-core poppler-utils
          desktop-file-utils appstream libxml2-utils shared-mime-info dpkg-dev file
          clang libclang-rt-14-dev python3 clang-format libical-dev python3-icalendar cmark-gfm)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing: ${missing[*]}"
sudo_cmd=()
[[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
