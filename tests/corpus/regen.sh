#!/usr/bin/env bash
# Regenerate the stored CPython output next to every corpus script:
# tests/corpus/*/NAME.py -> tests/corpus/*/NAME.out, in the conformance suite's
# canonical form (tests/conformance/capture.sh around the oracle with --stamp).
#   tests/corpus/regen.sh [--check] [FILE.py...]
#   --check   re-run the oracle and diff against the stored files; exit 1 on drift
# Scripts run from the repository root by their relative path, as measure.sh
# runs them (file names appear in tracebacks and Task reprs).
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"
PY=${PYTHON:-python3}
check=0
if [ "${1:-}" = "--check" ]; then check=1; shift; fi
if [ $# -gt 0 ]; then files=("$@"); else files=(tests/corpus/*/*.py); fi
ver=$($PY -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])')
if [ "$ver" != "3.11.7" ]; then
    echo "regen.sh: warning: oracle is CPython $ver, the stored output was made with 3.11.7" >&2
fi
fail=0
for f in "${files[@]}"; do
    out="${f%.py}.out"
    if [ $check = 1 ]; then
        if ! bash tests/conformance/capture.sh $PY tests/oracle/run_cpython.py --stamp "$f" |
                diff -u --label "stored: $out" --label "cpython: $f" "$out" -; then
            fail=$((fail + 1))
        fi
    else
        bash tests/conformance/capture.sh $PY tests/oracle/run_cpython.py --stamp "$f" >"$out"
    fi
done
if [ $check = 1 ]; then
    echo "$((${#files[@]} - fail)) up to date, $fail drifted"
    [ $fail = 0 ]
else
    echo "wrote ${#files[@]} outputs"
fi
