#!/usr/bin/env bash
# Native and wasm builds must behave identically: runs every
# tests/conformance/NN_*.py and presets/*.py through build/native/turnstile and
# through the wasm CLI under node (build/wasm/turnstile.js), and compares
# stdout, stderr and exit code byte for byte. Prints "N passed, N failed".
#   scripts/wasm_cli_check.sh [FILE.py...]
set -u
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
NATIVE="${NATIVE:-build/native/turnstile}"
WASM="${WASM:-build/wasm/turnstile.js}"
JOBS="${JOBS:-2}"

if [ "${1:-}" = "--one" ]; then
  tmp="$2"; f="$3"; key="$(echo "$f" | tr '/' '_')"
  run() {  # run CMD... -> stdout, then stderr, then exit code
    local out err rc
    out="$(mktemp)"; err="$(mktemp)"
    timeout 60 "$@" run --stamp "$f" >"$out" 2>"$err" </dev/null; rc=$?
    cat "$out"; echo "--- stderr"; cat "$err"; echo "--- exit $rc"
    rm -f "$out" "$err"
  }
  run "$NATIVE" >"$tmp/$key.native"
  run node --no-experimental-fetch "$WASM" >"$tmp/$key.wasm"
  if cmp -s "$tmp/$key.native" "$tmp/$key.wasm"; then : >"$tmp/$key.pass"; else
    diff -u --label "native: $f" --label "wasm: $f" "$tmp/$key.native" "$tmp/$key.wasm" | head -40 >"$tmp/$key.fail"
  fi
  exit 0
fi

if [ $# -gt 0 ]; then files=("$@"); else
  shopt -s nullglob; files=(tests/conformance/[0-9]*.py presets/*.py); fi
for b in "$NATIVE" "$WASM"; do
  if [ ! -f "$b" ]; then echo "wasm_cli_check: $b not built"; echo "0 passed, 1 failed"; exit 1; fi
done
if [ "${#files[@]}" = 0 ]; then echo "wasm_cli_check: no programs"; echo "0 passed, 1 failed"; exit 1; fi

tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
printf '%s\0' "${files[@]}" | xargs -0 -n1 -P"$JOBS" bash "$0" --one "$tmp"
pass=0; fail=0
for f in "${files[@]}"; do
  key="$(echo "$f" | tr '/' '_')"
  if [ -f "$tmp/$key.pass" ]; then pass=$((pass + 1)); else
    fail=$((fail + 1)); echo "DIFF $f"; cat "$tmp/$key.fail" 2>/dev/null; fi
done
echo "native vs wasm CLI: $pass identical, $fail different"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
