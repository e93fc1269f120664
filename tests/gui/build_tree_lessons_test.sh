#!/usr/bin/env bash
# The app in the build tree finds the bundled lessons by the same relative rule as an installed
# app (../share/postie/scenarios from its own folder: build/app/share/postie/scenarios, a link
# to scenarios/), with no path compiled in, and its welcome page lists every one of them.
#
#   build_tree_lessons_test.sh POSTIE SOURCE_DIR BUILD_DIR
set -euo pipefail
POSTIE="$1"; SOURCE="$2"; BUILD="$3"

out="$(env -u POSTIE_SCENARIOS QT_QPA_PLATFORM=offscreen "$POSTIE" --list-lessons)"
echo "$out"
folder="$(head -n1 <<<"$out")"
[[ "$folder" == "$(realpath -s "$BUILD")/app/share/postie/scenarios" ]] || { echo "FAIL: lessons looked for in $folder"; exit 1; }
[[ "$(tail -n +2 <<<"$out" | cut -f1)" == "$(cd "$SOURCE/scenarios" && ls -- *.yaml)" ]] ||
    { echo "FAIL: the welcome page does not list every file of scenarios/"; exit 1; }
