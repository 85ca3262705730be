#!/usr/bin/env bash
# Measure how much of the corpus Turnstile runs like CPython: run every
# tests/corpus/*/NAME.py under $TURNSTILE run --stamp (default
# build/native/turnstile) and compare with the stored CPython output NAME.out
# (canonical form: tests/conformance/capture.sh).
#   tests/corpus/measure.sh [FILE.py...]
# Prints one line per script, "ok   FILE" or "fail FILE: REASON" (REASON is
# Turnstile's error message when it rejected or crashed, else the first line
# that differs), then the failures grouped by reason, then "corpus: N of M
# match". A measurement, not a test: exits 0 whatever the numbers (2 only when
# the CLI is missing). JOBS=N sets the parallelism (default 2).
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"
TURNSTILE=${TURNSTILE:-build/native/turnstile}
JOBS=${JOBS:-2}

# The message of a Turnstile error, without the FILE:LINE:COL prefix of a
# rejection and without the list of available modules.
error_message() {
    local rc=$1 err=$2 msg
    if [ "$rc" = 2 ]; then
        msg=$(grep -m1 . "$err")
    else
        msg=$(grep . "$err" | tail -n1)
    fi
    printf '%s' "$msg" | sed -E 's/^[^ ]*:[0-9]+:[0-9]+: //; s/ \(available: [^)]*\)$//'
}

if [ "${1:-}" = "--one" ]; then
    # internal: --one TMPDIR FILE
    tmp=$2; f=$3
    key=$(echo "$f" | tr '/' '_')
    exp="${f%.py}.out"
    CAPTURE_STDERR="$tmp/$key.err" bash tests/conformance/capture.sh "$TURNSTILE" run --stamp "$f" >"$tmp/$key.got"
    if [ ! -f "$exp" ]; then
        printf 'fail\tno stored output %s (run tests/corpus/regen.sh)\tno stored output\n' "$exp" >"$tmp/$key.res"
        exit 0
    fi
    if cmp -s "$exp" "$tmp/$key.got"; then
        printf 'ok\n' >"$tmp/$key.res"
        exit 0
    fi
    want=$(tail -n1 "$exp"); got=$(tail -n1 "$tmp/$key.got")
    rc=${got#exit }
    if [ "$want" != "$got" ] && [ -s "$tmp/$key.err" ]; then
        msg=$(error_message "$rc" "$tmp/$key.err")
        printf 'fail\t%s (%s)\t%s\n' "$msg" "$got" "$msg" >"$tmp/$key.res"
    else
        line=$(cmp "$exp" "$tmp/$key.got" 2>/dev/null | sed -E 's/.*line ([0-9]+).*/\1/')
        [ -n "$line" ] || line=$(($(wc -l <"$exp") + 1))
        e=$(sed -n "${line}p" "$exp"); g=$(sed -n "${line}p" "$tmp/$key.got")
        printf 'fail\tline %s: expected [%s] got [%s]\toutput differs\n' "$line" "$e" "$g" >"$tmp/$key.res"
    fi
    exit 0
fi

if [ $# -gt 0 ]; then files=("$@"); else files=(tests/corpus/*/*.py); fi
if [ ! -x "$TURNSTILE" ]; then
    echo "measure.sh: Turnstile CLI not found or not executable: $TURNSTILE (build it or set TURNSTILE=...)" >&2
    exit 2
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '%s\0' "${files[@]}" | xargs -0 -n1 -P"$JOBS" bash "$here/measure.sh" --one "$tmp"

ok=0
declare -A dir_ok dir_all
: >"$tmp/groups"
for f in "${files[@]}"; do
    key=$(echo "$f" | tr '/' '_')
    dir=$(basename "$(dirname "$f")")
    dir_all[$dir]=$((${dir_all[$dir]:-0} + 1))
    IFS=$'\t' read -r status reason group <"$tmp/$key.res"
    if [ "$status" = ok ]; then
        ok=$((ok + 1))
        dir_ok[$dir]=$((${dir_ok[$dir]:-0} + 1))
        echo "ok   $f"
    else
        echo "fail $f: $reason"
        printf '%s\n' "$group" >>"$tmp/groups"
    fi
done
if [ -s "$tmp/groups" ]; then
    echo
    echo "failures by reason:"
    sort "$tmp/groups" | uniq -c | sort -k1,1nr -k2
fi
echo
for dir in $(printf '%s\n' "${!dir_all[@]}" | sort); do
    echo "$dir: ${dir_ok[$dir]:-0} of ${dir_all[$dir]} match"
done
echo "corpus: $ok of ${#files[@]} match"
exit 0
