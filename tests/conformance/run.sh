#!/usr/bin/env bash
# Conformance: run every tests/conformance/NN_*.py and presets/*.py under the
# CPython oracle (tests/oracle/run_cpython.py --stamp) and under the Turnstile
# CLI ($TURNSTILE run --stamp FILE, default build/native/turnstile; presets
# whose first line is "# oracle: none" are left out), and compare
# stdout + exit code byte for byte (canonical form: see capture.sh).
#   tests/conformance/run.sh [--stored] [FILE.py...]
#   --stored   compare against tests/conformance/expected/*.out instead of
#              re-running the oracle (no CPython needed)
# Prints a unified diff per failure and a final line "N passed, N failed";
# exits non-zero on any failure. JOBS=N sets the parallelism (default 2).
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"
TURNSTILE=${TURNSTILE:-build/native/turnstile}
PY=${PYTHON:-python3}
JOBS=${JOBS:-2}

if [ "${1:-}" = "--one" ]; then
    # internal: --one STORED TMPDIR FILE
    stored=$2; tmp=$3; f=$4
    key=$(echo "$f" | tr '/' '_')
    base=$(basename "$f" .py)
    if [ "$stored" = 1 ]; then
        case "$f" in presets/*) exp="$here/expected/preset_$base.out" ;; *) exp="$here/expected/$base.out" ;; esac
        if [ ! -f "$exp" ]; then echo "missing expectation $exp (run regen.sh)" >"$tmp/$key.exp"; else cp "$exp" "$tmp/$key.exp"; fi
    else
        PYTHONPATH="$tmp/site" bash "$here/capture.sh" $PY tests/oracle/run_cpython.py --stamp "$f" >"$tmp/$key.exp"
    fi
    bash "$here/capture.sh" "$TURNSTILE" run --stamp "$f" >"$tmp/$key.got"
    if cmp -s "$tmp/$key.exp" "$tmp/$key.got"; then
        : >"$tmp/$key.pass"
    else
        diff -u --label "cpython: $f" --label "turnstile: $f" "$tmp/$key.exp" "$tmp/$key.got" >"$tmp/$key.fail"
    fi
    exit 0
fi

stored=0
if [ "${1:-}" = "--stored" ]; then stored=1; shift; fi
if [ $# -gt 0 ]; then
    files=("$@")
else
    files=(tests/conformance/[0-9]*.py)
    # a preset whose first line says "# oracle: none" (threads, processes:
    # not on CPython's virtual clock) is checked by tests/threads instead
    for p in presets/*.py; do head -1 "$p" | grep -q '^# oracle: none' || files+=("$p"); done
fi

if [ ! -x "$TURNSTILE" ]; then
    echo "run.sh: Turnstile CLI not found or not executable: $TURNSTILE" >&2
    echo "run.sh: build it first (make) or set TURNSTILE=/path/to/turnstile" >&2
    echo "0 passed, ${#files[@]} failed"
    exit 2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bash "$root/tests/oracle/world_site.sh" "$tmp/site"  # openai/turnstile (ours), tenacity/tqdm (real)
printf '%s\0' "${files[@]}" | xargs -0 -n1 -P"$JOBS" bash "$here/run.sh" --one "$stored" "$tmp"

pass=0
failn=0
for f in "${files[@]}"; do
    key=$(echo "$f" | tr '/' '_')
    if [ -e "$tmp/$key.pass" ]; then
        pass=$((pass + 1))
    else
        failn=$((failn + 1))
        echo "FAIL $f"
        cat "$tmp/$key.fail" 2>/dev/null
    fi
done
echo "$pass passed, $failn failed"
[ $failn = 0 ]
