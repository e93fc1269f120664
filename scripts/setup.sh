#!/usr/bin/env bash
# Gets Postie ready on Debian 12: installs the packages that are missing (and only those),
# then configures and builds everything into build/.
#
#   scripts/setup.sh
#   scripts/setup.sh --list-packages   # only print the Debian packages it installs, one a line
#
# Environment: POSTIE_BUILD_DIR (default build), POSTIE_BUILD_TYPE (default RelWithDebInfo),
# POSTIE_JOBS (default 2), POSTIE_CMAKE_ARGS (extra configure arguments, word-split).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${POSTIE_BUILD_DIR:-$ROOT/build}"
BUILD_TYPE="${POSTIE_BUILD_TYPE:-RelWithDebInfo}"
JOBS="${POSTIE_JOBS:-2}"

# Debian 12 names. Qt Charts and Qt Svg are qt6-charts-dev and qt6-svg-dev there
# (libqt6charts6-dev / libqt6svg6-dev do not exist). Plain make builds it: no ninja needed.
PACKAGES=(
    build-essential cmake pkg-config git
    libyaml-cpp-dev nlohmann-json3-dev libcli11-dev libfmt-dev
    libasio-dev         # standalone Asio: postie-cli imap's sockets and timers
    libpango1.0-dev libcairo2-dev fonts-dejavu-core   # the worksheet's PDF: Pango lays out, cairo draws
    poppler-utils       # pdftotext: the worksheet tests read the PDF's pages
    python3             # its email and mailbox packages read the letters and mailboxes back as real mail (tests/trust, tests/mail)
    mutt                # a real mail program opens the exported mailboxes in the tests (tests/mail)
    libgtest-dev libgmock-dev libbenchmark-dev
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev libgl-dev
    libqt6opengl6-dev   # qt6-charts-dev's CMake config needs Qt6OpenGL but does not depend on it
    qt6-tools-dev qt6-l10n-tools   # Qt6LinguistTools: lupdate and lrelease build the German and French catalogues
    qt6-translations-l10n          # Qt's own words (standard dialogs' buttons) in German and French
    dpkg-dev file       # cpack -G DEB: dpkg-shlibdeps works out the package's library dependencies
    desktop-file-utils appstream man-db   # the install tests validate the desktop, AppStream and man files
    xvfb xauth
    parallel   # GNU parallel: the test that runs a sweep plan (docs/cli.md)
    clang libclang-rt-14-dev   # clang++ and libFuzzer for the fuzz targets
)

# The setup test (tests/setup) compares this list with what the build really found.
if [[ "${1:-}" == --list-packages ]]; then
    printf '%s\n' "${PACKAGES[@]}"
    exit 0
fi

install_missing() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        echo "setup: not a Debian system; install these yourself if the build fails: ${PACKAGES[*]}" >&2
        return 0
    fi
    local missing=() p
    for p in "${PACKAGES[@]}"; do
        if [[ "$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null)" != installed ]]; then
            missing+=("$p")
        fi
    done
    if ((${#missing[@]} == 0)); then return 0; fi

    local sudo=()
    if [[ "$(id -u)" -ne 0 ]]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            echo "setup: missing packages and no root or sudo to install them: ${missing[*]}" >&2
            exit 1
        fi
    fi
    echo "setup: installing ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_missing

# The default configuration of CMakePresets.json, in BUILD_DIR.
# shellcheck disable=SC2086  # POSTIE_CMAKE_ARGS is meant to be word-split
cmake -S "$ROOT" --preset default -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE="$BUILD_TYPE" --log-level=WARNING ${POSTIE_CMAKE_ARGS:-}
cmake --build "$BUILD_DIR" -j"$JOBS"
