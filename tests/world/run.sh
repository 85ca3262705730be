#!/usr/bin/env bash
# World-library conformance. Scenarios of packages with a real library
# (tests/world/tenacity_NN_*.py, tqdm_NN_*.py) run under the CPython oracle
# (tests/oracle/run_cpython.py --stamp, random seeded with 0, virtual clock):
#   real: with the Debian packages python3-tenacity (8.2.1) / python3-tqdm
#         (4.64.1) on PYTHONPATH (only those two packages, via symlinks)
#   ours: with Turnstile's own packages (src/script/modules/python/tenacity,
#         tqdm, openai, turnstile; only those, via symlinks: the folder's other
#         modules would shadow CPython's stdlib) on PYTHONPATH
#   turnstile: `turnstile run --stamp` (TURNSTILE, default build/native/turnstile;
#         left out when it is not built), importing the same files embedded
# and the runs must agree byte for byte with the real one on stdout + exit code (canonical
# form of tests/conformance/capture.sh) and, for tqdm_* scripts, on the whole
# of stderr as well (every \r-separated refresh: tqdm's mininterval and rates
# use time.time(), which is the virtual clock, so all of it is deterministic).
# tenacity_* stderr is not compared: an uncaught RetryError's traceback names
# the library's file paths.
# Scenarios of packages without a real library (openai_NN_*.py,
# turnstile_NN_*.py: Debian has no openai) have "ours" as the reference, and
# two more sides must agree with it on stdout + exit code (and on the whole
# of stderr when the reference exits 0: a tqdm bar, say):
#   mixed: the real tenacity/tqdm with our openai and turnstile (so a scenario
#         that retries with tenacity also checks our tenacity against the real)
#   turnstile: as above
#   tests/world/run.sh [--debug] [FILE.py...]
#   --debug   print which package files each run imports, keep outputs
# Before anything else it checks that each run imports the files it is meant
# to (the Debian ones, ours, or the mix). Prints a unified diff per failure
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

# internal: --one TMP REALDIR OURSDIR MIXEDDIR FILE
if [ "${1:-}" = "--one" ]; then
    tmp=$2; real=$3; ours=$4; mixed=$5; f=$6
    key=$(basename "$f" .py)
    case "$key" in
        openai_*|turnstile_*) ref=ours; sides="ours mixed" ;;
        *) ref=real; sides="real ours" ;;
    esac
    [ -x "$TURNSTILE" ] && sides="$sides turnstile"
    for side in $sides; do
        if [ "$side" = turnstile ]; then
            env -u COLUMNS -u LINES CAPTURE_STDERR="$tmp/$key.$side.err" \
                bash "$root/tests/conformance/capture.sh" "$TURNSTILE" run --stamp "$f" >"$tmp/$key.$side.out"
            continue
        fi
        case "$side" in real) path=$real ;; ours) path=$ours ;; *) path=$mixed ;; esac
        env -u COLUMNS -u LINES PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1 \
            PYTHONPATH="$path" CAPTURE_STDERR="$tmp/$key.$side.err" \
            bash "$root/tests/conformance/capture.sh" \
            "$PY" -s tests/oracle/run_cpython.py --stamp "$f" >"$tmp/$key.$side.out"
    done
    : >"$tmp/$key.diff"
    for side in $sides; do
        [ "$side" = "$ref" ] && continue
        if ! cmp -s "$tmp/$key.$ref.out" "$tmp/$key.$side.out"; then
            diff -u --label "$ref: $f stdout" --label "$side: $f stdout" \
                "$tmp/$key.$ref.out" "$tmp/$key.$side.out" >>"$tmp/$key.diff"
        fi
        errs=0
        case "$key" in
            tqdm_*) errs=1 ;;
            # a run that ends well has no traceback (whose paths differ), so
            # its stderr (a tqdm bar, say) must agree too
            openai_*|turnstile_*) [ "$(tail -n1 "$tmp/$key.$ref.out")" = "exit 0" ] && errs=1 ;;
        esac
        if [ "$errs" = 1 ] && ! cmp -s "$tmp/$key.$ref.err" "$tmp/$key.$side.err"; then
            # one line per \r refresh, so the diff shows which refresh differs
            diff -u --label "$ref: $f stderr" --label "$side: $f stderr" \
                <(tr '\r' '\n' <"$tmp/$key.$ref.err") <(tr '\r' '\n' <"$tmp/$key.$side.err") \
                >>"$tmp/$key.diff" || true
            [ -s "$tmp/$key.diff" ] || echo "$side stderr differs (only in \\r vs \\n)" >>"$tmp/$key.diff"
        fi
    done
    [ -s "$tmp/$key.diff" ] || : >"$tmp/$key.pass"
    exit 0
fi

debug=0
if [ "${1:-}" = "--debug" ]; then debug=1; shift; fi
if [ $# -gt 0 ]; then
    files=("$@")
else
    files=(tests/world/tenacity_[0-9]*.py tests/world/tqdm_[0-9]*.py
           tests/world/openai_[0-9]*.py tests/world/turnstile_[0-9]*.py)
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
for pkg in tenacity tqdm openai turnstile; do ln -s "$OURS/$pkg" "$ours/$pkg"; done
mixed="$tmp/mixed-site"
mkdir -p "$mixed"
for pkg in tenacity tqdm; do ln -s "$REAL_SITE/$pkg" "$mixed/$pkg"; done
for pkg in openai turnstile; do ln -s "$OURS/$pkg" "$mixed/$pkg"; done

# Which files does each side import? The Debian ones, ours, or the mix.
check() {  # check SIDE PATH DIR MODULE... [-- DIR MODULE...]
    local side=$1 path=$2 got want mod
    shift 2
    got=$(env PYTHONDONTWRITEBYTECODE=1 PYTHONPATH="$path" "$PY" -s tests/oracle/run_cpython.py tests/world/which_libs.py 2>&1)
    [ "$debug" = 1 ] && printf '%s imports:\n%s\n' "$side" "$got"
    while [ $# -gt 0 ]; do
        want=$(cd "$1" && pwd -P)
        shift
        while [ $# -gt 0 ] && [ "$1" != -- ]; do
            mod=$1
            shift
            if ! printf '%s\n' "$got" | grep -q "^$mod $want/"; then
                echo "run.sh: the $side run does not import $mod from $want:" >&2
                printf '%s\n' "$got" >&2
                echo "0 passed, ${#files[@]} failed"
                exit 2
            fi
        done
        [ "${1:-}" = -- ] && shift
    done
}
check real "$real" "$REAL_SITE" tenacity tqdm tqdm.asyncio
check ours "$ours" "$OURS" tenacity tqdm tqdm.asyncio openai turnstile
check mixed "$mixed" "$REAL_SITE" tenacity tqdm tqdm.asyncio -- "$OURS" openai turnstile
if [ -x "$TURNSTILE" ]; then echo "sides: real (or ours for openai/turnstile), ours or mixed (CPython), turnstile ($TURNSTILE)"
else echo "sides: real (or ours for openai/turnstile), ours or mixed (CPython); $TURNSTILE not built, so not compared"; fi

printf '%s\0' "${files[@]}" | xargs -0 -n1 -P"$JOBS" bash "$here/run.sh" --one "$tmp" "$real" "$ours" "$mixed"

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
