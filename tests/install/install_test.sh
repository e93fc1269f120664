#!/usr/bin/env bash
# `cmake --install BUILD --prefix P`, as from source: every file where a desktop system looks for
# it, each valid by its own tool, and the installed programs run from P with the installed
# lessons, never the source tree's.
#
#   install_test.sh SOURCE_DIR BUILD_DIR VERSION DESKTOP_FILE_VALIDATE APPSTREAMCLI MAN STRIP
set -euo pipefail

SOURCE="$(cd "$1" && pwd)"
BUILD="$2"
VERSION="$3"
DESKTOP_FILE_VALIDATE="$4"
APPSTREAMCLI="$5"
MAN="$6"
STRIP="$7"
source "$(dirname "${BASH_SOURCE[0]}")/install_checks.sh"
need_tool "$DESKTOP_FILE_VALIDATE" desktop-file-utils
need_tool "$APPSTREAMCLI" appstream
need_tool "$MAN" man-db
need_tool "$STRIP" binutils

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
PREFIX="$WORK/prefix"
cmake --install "$BUILD" --prefix "$PREFIX" >"$WORK/install.log" || { cat "$WORK/install.log"; fail "cmake --install failed"; }

for f in bin/postie bin/postie-cli \
         share/applications/postie.desktop \
         share/icons/hicolor/scalable/apps/postie.svg \
         share/metainfo/org.postie.postie.metainfo.xml \
         share/man/man1/postie-cli.1.gz share/man/man1/postie.1.gz; do
    [[ -e "$PREFIX/$f" ]] || fail "not installed: $f"
done
expect_every_lesson "$SOURCE/scenarios" "$PREFIX/share/postie/scenarios"

# The desktop entry and the AppStream file, as the software centre reads them.
"$DESKTOP_FILE_VALIDATE" "$PREFIX/share/applications/postie.desktop" || fail "desktop-file-validate found errors"
grep -qx 'Icon=postie' "$PREFIX/share/applications/postie.desktop" || fail "the desktop entry's Icon is not the installed postie.svg"
grep -qE '^Exec=postie( |$)' "$PREFIX/share/applications/postie.desktop" || fail "the desktop entry does not start the installed postie"
"$APPSTREAMCLI" validate --no-net "$PREFIX/share/metainfo/org.postie.postie.metainfo.xml" ||
    fail "appstreamcli validate found problems"
grep -q "<release version=\"$VERSION\"" "$PREFIX/share/metainfo/org.postie.postie.metainfo.xml" ||
    fail "the AppStream file has no release $VERSION (the project's version): add it to assets/org.postie.postie.metainfo.xml"
grep -q '<launchable type="desktop-id">postie.desktop</launchable>' "$PREFIX/share/metainfo/org.postie.postie.metainfo.xml" ||
    fail "the AppStream file does not launch postie.desktop"

# The manual pages render without a warning and name their program.
for page in postie-cli postie; do
    warnings="$(MANWIDTH=80 "$MAN" --warnings -E UTF-8 -l "$PREFIX/share/man/man1/$page.1.gz" 2>&1 >/dev/null)"
    [[ -z "$warnings" ]] || fail "man -l $page.1.gz warns: $warnings"
    MANWIDTH=80 "$MAN" -l "$PREFIX/share/man/man1/$page.1.gz" 2>/dev/null | grep -q "^NAME" || fail "man -l $page.1.gz shows no NAME"
done

expect_programs_run "$PREFIX/bin" "$PREFIX/share/postie/scenarios" "$WORK"
# The version the program shows is the project's (a header generated from project(VERSION)).
[[ "$("$PREFIX/bin/postie-cli" --version)" == "postie-cli $VERSION" ]] ||
    fail "postie-cli --version does not show the project's version $VERSION"
expect_no_source_path "$SOURCE" "$STRIP" "$WORK" "$PREFIX/bin/postie" "$PREFIX/bin/postie-cli"
echo "cmake --install puts every file in place and the installed programs run"
