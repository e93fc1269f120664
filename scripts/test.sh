#!/usr/bin/env bash
# Builds Postie if needed and runs every test. Extra arguments go to ctest, e.g.
#
#   scripts/test.sh                 # everything
#   scripts/test.sh -L engine       # one area (labels: engine, scenario, cli, replay, gui)
#   scripts/test.sh -R Simulation   # by name
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${POSTIE_BUILD_DIR:-$ROOT/build}"

bash "$ROOT/scripts/setup.sh"

# GUI tests drive real widgets without a display.
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
ctest --test-dir "$BUILD_DIR" --output-on-failure -j"${POSTIE_JOBS:-2}" "$@"
