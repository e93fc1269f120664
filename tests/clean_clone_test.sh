#!/usr/bin/env bash
# The README's first command on a clean tree: clone the repository into a temporary folder,
# run scripts/run.sh there without a display, and expect the first lesson's journey told in
# words. Proves that a fresh checkout builds with nothing left over from this one.
set -euo pipefail

SOURCE="${1:?usage: clean_clone_test.sh SOURCE_DIR}"
if ! git -C "$SOURCE" rev-parse --verify -q HEAD >/dev/null; then
    echo "not a git checkout with commits: nothing to clone"
    exit 77  # skipped
fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
git clone -q "$SOURCE" "$WORK/postie"
cd "$WORK/postie"

# As a user without a display would run it.
OUT="$(env -u DISPLAY -u WAYLAND_DISPLAY bash scripts/run.sh 2>"$WORK/build.log")" || {
    echo "scripts/run.sh failed; its build output:"
    tail -50 "$WORK/build.log"
    exit 1
}
for expected in "Your first email" \
                "which sorting station serves example.org (DNS MX query)" \
                "Letter m1 to bob@example.org has arrived (delivered)" \
                "takes letter m1 home (POP3 RETR)"; do
    if ! grep -qF "$expected" <<<"$OUT"; then
        echo "missing from the narration: $expected"
        echo "$OUT" | head -40
        exit 1
    fi
done
echo "a clean clone builds and tells the first lesson"
