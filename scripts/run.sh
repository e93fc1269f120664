#!/usr/bin/env bash
# Builds Postie if needed and opens the first lesson: in the app when there is a display,
# otherwise told in words by postie-cli. Extra arguments go to the program, e.g.
#
#   scripts/run.sh                       # the app, or the journey in words
#   scripts/run.sh --seed 7 --summary s.json
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${POSTIE_BUILD_DIR:-$ROOT/build}"
SCENARIO="$ROOT/scenarios/01-first-email.yaml"

# Build output goes to stderr, so stdout carries only what the program prints.
bash "$ROOT/scripts/setup.sh" >&2

if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" && -x "$BUILD_DIR/app/gui/postie" ]]; then
    exec "$BUILD_DIR/app/gui/postie" "$SCENARIO" "$@"
fi
exec "$BUILD_DIR/app/cli/postie-cli" run "$SCENARIO" "$@"
