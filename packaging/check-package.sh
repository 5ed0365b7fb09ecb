#!/usr/bin/env bash
# Checks the desktop integration files with their validators, installs the build into a
# staging folder, and builds and inspects the Debian package. Run by CTest:
#   check-package.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
src=$1
build=$2
id=io.github.careerplanner.CareerPlanner
fail() { echo "FAIL: $*" >&2; exit 1; }

desktop-file-validate "$src/packaging/$id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$src/packaging/$id.metainfo.xml" || fail "appstreamcli validate"
xmllint --noout "$src/packaging/$id.mime.xml" || fail "MIME definition is not well-formed XML"

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
DESTDIR="$stage/root" cmake --install "$build" --prefix /usr >/dev/null || fail "cmake --install"
for f in usr/bin/careerplanner \
         "usr/share/applications/$id.desktop" \
         "usr/share/icons/hicolor/scalable/apps/$id.svg" \
         "usr/share/metainfo/$id.metainfo.xml" \
         "usr/share/mime/packages/$id.xml"; do
    [[ -f "$stage/root/$f" ]] || fail "cmake --install did not install $f"
done
[[ -x "$stage/root/usr/bin/careerplanner" ]] || fail "the binary is not executable"
# The installed metadata validates where it lies, as a distribution would check it.
appstreamcli validate --no-net "$stage/root/usr/share/metainfo/$id.metainfo.xml" >/dev/null \
    || fail "installed metainfo"

# A plan file is recognised by name and, renamed, by its header.
mkdir -p "$stage/xdg/mime/packages" && cp "$src/packaging/$id.mime.xml" "$stage/xdg/mime/packages/"
update-mime-database "$stage/xdg/mime" >/dev/null 2>&1 || fail "update-mime-database"
grep -q "application/x-careerplanner-plan" "$stage/xdg/mime/globs2" || fail "the glob is not registered"
grep -qF "*.careerplan" "$stage/xdg/mime/globs2" || fail "*.careerplan is not registered"
grep -qa "CPLN" "$stage/xdg/mime/magic" || fail "the header magic (application id CPLN) is not registered"

(cd "$build" && cpack -G DEB -B "$stage/deb" >/dev/null) || fail "cpack"
deb=$(ls "$stage"/deb/careerplanner_*.deb 2>/dev/null | head -n1)
[[ -n "$deb" ]] || fail "no .deb was made"
contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/careerplanner "./usr/share/applications/$id.desktop" "./usr/share/metainfo/$id.metainfo.xml" \
         "./usr/share/mime/packages/$id.xml" "./usr/share/icons/hicolor/scalable/apps/$id.svg"; do
    grep -qF "$f" <<<"$contents" || fail "the package lacks $f"
done
depends=$(dpkg-deb -f "$deb" Depends)
grep -q "libqt6widgets6" <<<"$depends" || fail "Depends lacks the Qt libraries: $depends"
grep -q "libqt6sql6-sqlite" <<<"$depends" || fail "Depends lacks the SQLite driver: $depends"
echo "PASS: validators, install and package ($(basename "$deb"), $(stat -c %s "$deb") bytes)"
