#!/usr/bin/env bash
# `cpack -G DEB` from the build folder makes postie_<version>_<arch>.deb: its Depends worked out
# by dpkg-shlibdeps, every file under /usr, and the programs unpacked from it (dpkg-deb -x) run
# with the packaged lessons.
#
#   deb_test.sh SOURCE_DIR BUILD_DIR VERSION DPKG_SHLIBDEPS FILE STRIP
set -euo pipefail

SOURCE="$(cd "$1" && pwd)"
BUILD="$2"
VERSION="$3"
source "$(dirname "${BASH_SOURCE[0]}")/install_checks.sh"
need_tool "$4" dpkg-dev   # cpack runs dpkg-shlibdeps
need_tool "$5" file       # and file, to find the programs in the package
STRIP="$6"
need_tool "$STRIP" binutils
command -v dpkg-deb >/dev/null || { echo "no dpkg-deb: not a Debian system"; exit 77; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cpack -G DEB --config "$BUILD/CPackConfig.cmake" -B "$WORK/pkg" >"$WORK/cpack.log" 2>&1 ||
    { cat "$WORK/cpack.log"; fail "cpack -G DEB failed"; }
DEB="$WORK/pkg/postie_${VERSION}_$(dpkg --print-architecture).deb"
[[ -f "$DEB" ]] || fail "no $(basename "$DEB"); cpack made: $(ls "$WORK/pkg")"

[[ "$(dpkg-deb -f "$DEB" Package)" == postie ]] || fail "the package is not called postie"
[[ "$(dpkg-deb -f "$DEB" Version)" == "$VERSION" ]] || fail "the package's version is not $VERSION"
depends="$(dpkg-deb -f "$DEB" Depends)"
echo "Depends: $depends"
# dpkg-shlibdeps names the packages of the libraries the programs link, with versions.
names="$(sed -e 's/ *([^)]*)//g' -e 's/, */\n/g' <<<"$depends")"
for lib in libc6 libstdc++6 libqt6widgets6 libqt6svg6 libyaml-cpp0.7 libfmt9; do
    grep -qxF "$lib" <<<"$names" || fail "Depends lacks $lib (dpkg-shlibdeps not run?): $depends"
done
outside="$(dpkg-deb -c "$DEB" | awk '{print $6}' | grep -vE '^\./(usr(/.*)?)?$' || true)"
[[ -z "$outside" ]] || fail "files outside /usr: $outside"

ROOT="$WORK/root"
dpkg-deb -x "$DEB" "$ROOT"
for f in usr/share/applications/postie.desktop usr/share/icons/hicolor/scalable/apps/postie.svg \
         usr/share/metainfo/org.postie.postie.metainfo.xml usr/share/man/man1/postie-cli.1.gz; do
    [[ -e "$ROOT/$f" ]] || fail "not in the package: /$f"
done
expect_every_lesson "$SOURCE/scenarios" "$ROOT/usr/share/postie/scenarios"
expect_programs_run "$ROOT/usr/bin" "$ROOT/usr/share/postie/scenarios" "$WORK"
expect_no_source_path "$SOURCE" "$STRIP" "$WORK" "$ROOT/usr/bin/postie" "$ROOT/usr/bin/postie-cli"
echo "$(basename "$DEB") unpacks and its programs run"
