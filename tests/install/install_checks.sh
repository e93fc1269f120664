# Checks shared by install_test.sh and deb_test.sh (sourced, not run).

fail() { echo "FAIL: $*"; exit 1; }

# A tool a test needs; CMake's find_program leaves NAME-NOTFOUND when it is missing.
need_tool() {
    [[ -x "$1" ]] || fail "no $(basename "${1%-NOTFOUND}") ($1): install the Debian package $2 (scripts/setup.sh does)"
}

# Every scenario file of the source tree is installed, and nothing else; the starting towns
# of File > New in templates/ beside them.
expect_every_lesson() {
    local source="$1" installed="$2"
    local want have
    want="$(cd "$source" && ls -- *.yaml)"
    have="$(cd "$installed" && ls -- *.yaml)" || fail "no lesson folder $installed"
    [[ "$want" == "$have" ]] || fail "installed lessons differ from scenarios/: $(diff <(echo "$want") <(echo "$have") | tr '\n' ' ')"
    want="$(cd "$source/templates" && ls -- *.yaml)"
    have="$(cd "$installed/templates" && ls)" || fail "no starting towns in $installed/templates"
    [[ "$want" == "$have" ]] || fail "installed starting towns differ from scenarios/templates/: $(diff <(echo "$want") <(echo "$have") | tr '\n' ' ')"
}

# The installed programs in BIN run a lesson from LESSONS, find LESSONS by themselves (the
# welcome page's list), follow POSTIE_SCENARIOS when it is set, and take a screenshot.
expect_programs_run() {
    local bin="$1" lessons="$2" work="$3" out
    out="$("$bin/postie-cli" run "$lessons/01-first-email.yaml")" || fail "postie-cli run failed"
    grep -qF "Letter m1 to bob@example.org has arrived (delivered)" <<<"$out" || fail "postie-cli did not deliver the first lesson's letter"

    out="$(env -u POSTIE_SCENARIOS QT_QPA_PLATFORM=offscreen "$bin/postie" --list-lessons)" || fail "postie --list-lessons failed: $out"
    [[ "$(head -n1 <<<"$out")" == "$(realpath "$lessons")" ]] ||
        fail "the app looks for its lessons in $(head -n1 <<<"$out"), not in the installed $lessons"
    local count
    count="$(ls "$lessons"/*.yaml | wc -l)"
    [[ "$(tail -n +2 <<<"$out" | grep -c $'\t')" == "$count" ]] || fail "the welcome page lists not all $count installed lessons: $out"
    grep -qxF $'01-first-email.yaml\tYour first email' <<<"$out" || fail "the welcome page has no 'Your first email': $out"

    mkdir -p "$work/own-lessons"
    cp "$lessons/02-backup-mx.yaml" "$work/own-lessons/"
    out="$(POSTIE_SCENARIOS="$work/own-lessons" QT_QPA_PLATFORM=offscreen "$bin/postie" --list-lessons)" || fail "postie --list-lessons with POSTIE_SCENARIOS failed"
    [[ "$(tail -n +2 <<<"$out" | cut -f1)" == 02-backup-mx.yaml ]] || fail "POSTIE_SCENARIOS is not followed: $out"

    QT_QPA_PLATFORM=offscreen "$bin/postie" --screenshot "$work/shot.png" --at 600ms "$lessons/01-first-email.yaml" ||
        fail "postie --screenshot failed"
    [[ "$(head -c 8 "$work/shot.png" | od -An -tx1 | tr -d ' \n')" == 89504e470d0a1a0a ]] || fail "postie --screenshot wrote no PNG"
}

# No absolute path of the source tree in a program (debug sections aside, which name the
# sources on purpose): an installed program must never depend on the tree it was built from.
expect_no_source_path() {
    local source="$1" strip="$2" work="$3"; shift 3
    local program
    for program in "$@"; do
        "$strip" --strip-debug -o "$work/stripped" "$program"
        if grep -qF "$source/" "$work/stripped"; then
            fail "$(basename "$program") holds the source path $source: $(grep -aoF "$source/" "$work/stripped" | head -n1)"
        fi
    done
}
