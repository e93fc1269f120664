#!/usr/bin/env bash
# Makes the README's pictures again, with the app's own --screenshot (no display needed):
#
#   scripts/screenshots.sh            # writes docs/images/*.png
#
# Uses an existing build (POSTIE_BUILD_DIR, default build/); run scripts/setup.sh first.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${POSTIE_BUILD_DIR:-$ROOT/build}"
POSTIE="$BUILD_DIR/app/gui/postie"
OUT="$ROOT/docs/images"
[[ -x "$POSTIE" ]] || { echo "no $POSTIE: build the app first (scripts/setup.sh)" >&2; exit 1; }
mkdir -p "$OUT"

# Settings of their own, so the pictures do not depend on whoever runs this.
export XDG_CONFIG_HOME="$(mktemp -d)"
trap 'rm -rf "$XDG_CONFIG_HOME"' EXIT
export QT_QPA_PLATFORM=offscreen

shot() {  # OUT.png [options...] FILE
    local name="$1"; shift
    "$POSTIE" --screenshot "$OUT/$name" --size 1280x800 "$@" 2> >(grep -v -e propagateSizeHints -e XDG_RUNTIME_DIR >&2)
    echo "$OUT/$name ($(( $(stat -c %s "$OUT/$name") / 1024 )) KB)"
}

# Lesson 2: the main sorting station is closed, so the letter's truck heads for the backup MX.
shot 02-backup-mx.png --at 900.960s "$ROOT/scenarios/02-backup-mx.yaml"
# Lesson 9: half past eight at school, 163 letters queued at the post office's virus check.
shot 09-rush-hour.png --at 90m "$ROOT/scenarios/09-rush-hour-at-school.yaml"
# Lesson 1 in email words: the caption leads with the protocol, the postal picture under it.
shot 01-email-words.png --email-words --at 275ms "$ROOT/scenarios/01-first-email.yaml"
# Presentation mode (F11: large type, the dark theme) as a projector of 1280x800 shows it.
shot 01-presentation.png --presentation --at 750ms "$ROOT/scenarios/01-first-email.yaml"
shot 02-presentation.png --presentation --at 900.960s "$ROOT/scenarios/02-backup-mx.yaml"
shot 09-presentation.png --presentation --at 90m "$ROOT/scenarios/09-rush-hour-at-school.yaml"
# Lesson 11 while mx2 is closed: the other two sorting stations take its share.
shot 11-presentation.png --presentation --at 35m "$ROOT/scenarios/11-three-equal-mx-hosts.yaml"
