#!/usr/bin/env bash
# Tracebacks vs CPython: run every tests/tracebacks/NN_*.py under the CPython
# oracle and under $TURNSTILE run (default build/native/turnstile) and compare
# stderr byte for byte: the "File ..." lines, each frame's source line and
# CPython 3.11's ~~^^ markers under the failing expression. The scripts end
# in an uncaught exception raised from the script's own frames (an uncaught
# exception through asyncio.run also shows CPython's runners.py frames).
#   tests/tracebacks/run.sh [FILES]
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"
TURNSTILE=${TURNSTILE:-build/native/turnstile}
[ -x "$TURNSTILE" ] || { echo "run.sh: Turnstile CLI not found: $TURNSTILE" >&2; exit 2; }
if [ $# -gt 0 ]; then files=("$@"); else files=(tests/tracebacks/[0-9]*.py); fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
for f in "${files[@]}"; do
    python3 tests/oracle/run_cpython.py "$f" >/dev/null 2>"$tmp/want"
    "$TURNSTILE" run "$f" >/dev/null 2>"$tmp/got"
    if diff -u --label "cpython: $f" --label "turnstile: $f" "$tmp/want" "$tmp/got"; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
    fi
done
echo "$pass passed, $fail failed"
[ $fail = 0 ]
