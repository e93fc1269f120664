#!/usr/bin/env bash
# Every Debian package the build really used is one that scripts/setup.sh installs.
#
#   setup_packages_test.sh SOURCE_DIR BUILD_DIR
#
# "Used" means: the package config files CMake found (the *_DIR entries of BUILD_DIR's
# CMakeCache.txt that hold a NAMEConfig.cmake or name-config.cmake) and the programs the tests
# call (the POSTIE_TOOL_* entries). Each file is mapped to its package with `dpkg -S`.
# "Installs" means: listed by `scripts/setup.sh --list-packages`, or pulled in by a listed
# package through a chain of plain Depends/Pre-Depends. setup.sh installs with
# --no-install-recommends, and a choice ("a | b") or a virtual package does not promise any one
# package, so neither counts. Debian 12's qt6-charts-dev, for one, needs Qt6OpenGL's config
# without depending on libqt6opengl6-dev: a machine that happens to have it builds, a fresh one
# does not, and only this test tells them apart.
set -euo pipefail

SOURCE="${1:?usage: setup_packages_test.sh SOURCE_DIR BUILD_DIR}"
BUILD="${2:?usage: setup_packages_test.sh SOURCE_DIR BUILD_DIR}"
CACHE="$BUILD/CMakeCache.txt"
[[ -f "$CACHE" ]] || { echo "no $CACHE: configure the build first"; exit 1; }
if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "not a Debian system: nothing to compare with"
    exit 77  # skipped
fi

mapfile -t listed < <(bash "$SOURCE/scripts/setup.sh" --list-packages)
((${#listed[@]} > 0)) || { echo "scripts/setup.sh --list-packages printed nothing"; exit 1; }

# Every file the build used, with the cache entry that found it.
used=()  # "ENTRY<TAB>FILE"
while IFS= read -r line; do
    name="${line%%:*}"
    value="${line#*=}"
    if [[ "$name" == *_DIR && -d "$value" ]]; then
        package="${name%_DIR}"
        lower="$(tr '[:upper:]' '[:lower:]' <<<"$package")"
        for config in "$value/${package}Config.cmake" "$value/${lower}-config.cmake"; do
            if [[ -f "$config" ]]; then used+=("$name"$'\t'"$config"); break; fi
        done
    elif [[ "$name" == POSTIE_TOOL_* ]]; then
        if [[ ! -x "$value" ]]; then
            echo "FAIL: $name: the program was not found ($value); add its package to scripts/setup.sh"
            exit 1
        fi
        used+=("$name"$'\t'"$value")
    fi
done < <(grep -E '^[A-Za-z0-9_.+-]+:[A-Z]+=' "$CACHE")
((${#used[@]} > 0)) || { echo "no package configs or tools in $CACHE"; exit 1; }

# The package that owns a file. Programs are often links (alternatives, /bin merged into
# /usr/bin): ask for the path as given, then for the file it finally points to.
owner() {
    local path="$1" out
    for candidate in "$path" "$(readlink -f "$path")"; do
        if out="$(dpkg -S "$candidate" 2>/dev/null | grep -v '^diversion by' | head -n1)" && [[ -n "$out" ]]; then
            out="${out%%: /*}"         # "pkg:amd64: /path"
            out="${out%%, *}"          # a file claimed by several packages: the first
            echo "${out%%:*}"          # drop the architecture
            return 0
        fi
    done
    return 1
}

# The packages setup.sh brings: the listed ones and, through the installed packages' own
# Depends and Pre-Depends, everything they must pull in.
mapfile -t brought < <(
    dpkg-query -W -f='${Package}\t${Depends}, ${Pre-Depends}\n' | awk -F'\t' -v roots="${listed[*]}" '
        {
            n = split($2, deps, ",")
            for (i = 1; i <= n; i++) {
                d = deps[i]
                if (d ~ /\|/) continue                 # a choice promises no single package
                sub(/\(.*\)/, "", d); gsub(/[ \t]/, "", d); sub(/:.*/, "", d)
                if (d != "") depends[$1] = depends[$1] " " d
            }
            installed[$1] = 1
        }
        END {
            n = split(roots, queue, " ")
            for (i = 1; i <= n; i++) seen[queue[i]] = 1
            for (i = 1; i <= n; i++) {
                print queue[i]
                m = split(depends[queue[i]], next_, " ")
                for (j = 1; j <= m; j++)
                    if (!(next_[j] in seen) && (next_[j] in installed)) { seen[next_[j]] = 1; queue[++n] = next_[j] }
            }
        }')
declare -A brings=()
for p in "${brought[@]}"; do brings["$p"]=1; done
echo "scripts/setup.sh lists ${#listed[@]} packages, which bring ${#brought[@]} in all"

failures=0
for entry in "${used[@]}"; do
    name="${entry%%$'\t'*}"
    file="${entry#*$'\t'}"
    if ! package="$(owner "$file")"; then
        echo "FAIL: $name: $file belongs to no Debian package (built by hand?); setup.sh cannot install it"
        failures=$((failures + 1))
    elif [[ -z "${brings[$package]:-}" ]]; then
        echo "FAIL: $name: $file is in $package, which scripts/setup.sh does not install: add $package to its PACKAGES"
        failures=$((failures + 1))
    else
        echo "ok   $name: $package"
    fi
done
if ((failures)); then
    echo "$failures package(s) missing from scripts/setup.sh: a fresh machine would not build"
    exit 1
fi
echo "every package config and test tool the build found comes from a package setup.sh installs"
