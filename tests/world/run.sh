#!/usr/bin/env bash
# World-library conformance: every tests/world/tenacity_NN_*.py and
# tqdm_NN_*.py runs twice under the CPython oracle (tests/oracle/run_cpython.py
# --stamp, random seeded with 0, virtual clock):
#   real: with the Debian packages python3-tenacity (8.2.1) / python3-tqdm
#         (4.64.1) on PYTHONPATH (only those two packages, via symlinks)
#   ours: with Turnstile's own packages (src/script/modules/python/tenacity,
#         tqdm; only those two, via symlinks: the folder's other modules would
#         shadow CPython's stdlib) on PYTHONPATH
#   turnstile: `turnstile run --stamp` (TURNSTILE, default build/native/turnstile;
#         left out when it is not built), importing the same files embedded
# and the runs must agree byte for byte with the real one on stdout + exit code (canonical
# form of tests/conformance/capture.sh) and, for tqdm_* scripts, on the whole
# of stderr as well (every \r-separated refresh: tqdm's mininterval and rates
# use time.time(), which is the virtual clock, so all of it is deterministic).
# tenacity_* stderr is not compared: an uncaught RetryError's traceback names
# the library's file paths.
#   tests/world/run.sh [--debug] [FILE.py...]
#   --debug   print which tenacity/tqdm files each run imports, keep outputs
# Before anything else it checks that the real run really imports the Debian
# files and ours imports src/script/modules/python. Prints a unified diff per failure
# and a final line "N passed, N failed"; exits non-zero on any failure.
# stderr goes to a file through capture.sh's CAPTURE_STDERR.
# JOBS=N sets the parallelism (default 2); REAL_SITE overrides the directory
# holding the real packages (default /usr/lib/python3/dist-packages).
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"
PY=${PYTHON:-python3}
JOBS=${JOBS:-2}
REAL_SITE=${REAL_SITE:-/usr/lib/python3/dist-packages}
OURS="$root/src/script/modules/python"
TURNSTILE=${TURNSTILE:-$root/build/native/turnstile}

# internal: --one TMP REALDIR OURSDIR FILE
if [ "${1:-}" = "--one" ]; then
    tmp=$2; real=$3; ours=$4; f=$5
    key=$(basename "$f" .py)
    sides="real ours"
    [ -x "$TURNSTILE" ] && sides="real ours turnstile"
    for side in $sides; do
        if [ "$side" = turnstile ]; then
            env -u COLUMNS -u LINES CAPTURE_STDERR="$tmp/$key.$side.err" \
                bash "$root/tests/conformance/capture.sh" "$TURNSTILE" run --stamp "$f" >"$tmp/$key.$side.out"
            continue
        fi
        if [ "$side" = real ]; then path=$real; else path=$ours; fi
        env -u COLUMNS -u LINES PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1 \
            PYTHONPATH="$path" CAPTURE_STDERR="$tmp/$key.$side.err" \
            bash "$root/tests/conformance/capture.sh" \
            "$PY" -s tests/oracle/run_cpython.py --stamp "$f" >"$tmp/$key.$side.out"
    done
    : >"$tmp/$key.diff"
    for side in $sides; do
        [ "$side" = real ] && continue
        if ! cmp -s "$tmp/$key.real.out" "$tmp/$key.$side.out"; then
            diff -u --label "real: $f stdout" --label "$side: $f stdout" \
                "$tmp/$key.real.out" "$tmp/$key.$side.out" >>"$tmp/$key.diff"
        fi
        case "$key" in tqdm_*)
            if ! cmp -s "$tmp/$key.real.err" "$tmp/$key.$side.err"; then
                # one line per \r refresh, so the diff shows which refresh differs
                diff -u --label "real: $f stderr" --label "$side: $f stderr" \
                    <(tr '\r' '\n' <"$tmp/$key.real.err") <(tr '\r' '\n' <"$tmp/$key.$side.err") \
                    >>"$tmp/$key.diff" || true
                [ -s "$tmp/$key.diff" ] || echo "$side stderr differs (only in \\r vs \\n)" >>"$tmp/$key.diff"
            fi
        esac
    done
    [ -s "$tmp/$key.diff" ] || : >"$tmp/$key.pass"
    exit 0
fi

debug=0
if [ "${1:-}" = "--debug" ]; then debug=1; shift; fi
if [ $# -gt 0 ]; then
    files=("$@")
else
    files=(tests/world/tenacity_[0-9]*.py tests/world/tqdm_[0-9]*.py)
fi

tmp=$(mktemp -d)
if [ "$debug" = 1 ]; then echo "outputs kept in $tmp"; else trap 'rm -rf "$tmp"' EXIT; fi

# The real packages alone on the path (the rest of dist-packages is not the
# oracle interpreter's business).
real="$tmp/real-site"
mkdir -p "$real"
for pkg in tenacity tqdm; do
    if [ ! -f "$REAL_SITE/$pkg/__init__.py" ]; then
        echo "run.sh: $REAL_SITE/$pkg not found: apt-get install python3-tenacity python3-tqdm" >&2
        echo "0 passed, ${#files[@]} failed"
        exit 2
    fi
    ln -s "$REAL_SITE/$pkg" "$real/$pkg"
done
ours="$tmp/ours-site"
mkdir -p "$ours"
for pkg in tenacity tqdm; do ln -s "$OURS/$pkg" "$ours/$pkg"; done

# Which files does each side import? Must be the Debian ones, then ours.
check() {  # check SIDE PATH EXPECTED_DIR
    local got
    got=$(env PYTHONDONTWRITEBYTECODE=1 PYTHONPATH="$2" "$PY" -s tests/oracle/run_cpython.py tests/world/which_libs.py 2>&1)
    [ "$debug" = 1 ] && printf '%s imports:\n%s\n' "$1" "$got"
    local want
    want=$(cd "$3" && pwd -P)
    for mod in tenacity tqdm tqdm.asyncio; do
        if ! printf '%s\n' "$got" | grep -q "^$mod $want/"; then
            echo "run.sh: the $1 run does not import $mod from $want:" >&2
            printf '%s\n' "$got" >&2
            echo "0 passed, ${#files[@]} failed"
            exit 2
        fi
    done
}
check real "$real" "$REAL_SITE"
check ours "$ours" "$OURS"
if [ -x "$TURNSTILE" ]; then echo "sides: real, ours (CPython), turnstile ($TURNSTILE)"
else echo "sides: real, ours (CPython); $TURNSTILE not built, so not compared"; fi

printf '%s\0' "${files[@]}" | xargs -0 -n1 -P"$JOBS" bash "$here/run.sh" --one "$tmp" "$real" "$ours"

pass=0
failn=0
for f in "${files[@]}"; do
    key=$(basename "$f" .py)
    if [ -f "$tmp/$key.pass" ]; then
        pass=$((pass + 1))
    else
        failn=$((failn + 1))
        echo "FAIL $f"
        cat "$tmp/$key.diff" 2>/dev/null
    fi
done
echo "$pass passed, $failn failed"
[ "$failn" = 0 ]
