#!/usr/bin/env bash
# Regenerate tests/conformance/expected/*.out from the CPython oracle.
#   tests/conformance/regen.sh           rewrite every expectation
#   tests/conformance/regen.sh --check   re-run the oracle and diff against the
#                                        stored files (CI: the stored truth is
#                                        still what CPython 3.11 does); exit 1 on drift
# Expectation names: tests/conformance/NN_x.py -> expected/NN_x.out,
#                    presets/ID.py             -> expected/preset_ID.out
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"
PY=${PYTHON:-python3}
check=0
[ "${1:-}" = "--check" ] && check=1
ver=$($PY -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])')
if [ "$ver" != "3.11.7" ]; then
    echo "regen.sh: warning: oracle is CPython $ver, expectations were made with 3.11.7" >&2
fi
site=$(mktemp -d)
trap 'rm -rf "$site"' EXIT
bash "$root/tests/oracle/world_site.sh" "$site"  # openai/turnstile (ours), tenacity/tqdm (real)
export PYTHONPATH="$site"
fail=0
n=0
for f in tests/conformance/[0-9]*.py presets/*.py; do
    [ -e "$f" ] || continue
    head -1 "$f" | grep -q '^# oracle: none' && continue  # threads/processes: tests/threads checks them
    base=$(basename "$f" .py)
    case "$f" in presets/*) out="$here/expected/preset_$base.out" ;; *) out="$here/expected/$base.out" ;; esac
    n=$((n + 1))
    if [ $check = 1 ]; then
        if ! bash "$here/capture.sh" $PY tests/oracle/run_cpython.py --stamp "$f" | diff -u --label "stored: $out" --label "cpython: $f" "$out" -; then
            fail=$((fail + 1))
        fi
    else
        bash "$here/capture.sh" $PY tests/oracle/run_cpython.py --stamp "$f" >"$out"
    fi
done
if [ $check = 1 ]; then
    echo "$((n - fail)) up to date, $fail drifted"
    [ $fail = 0 ]
else
    echo "wrote $n expectations"
fi
