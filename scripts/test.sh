#!/usr/bin/env bash
# make test: bootstrap, native build + unit tests, world (Turnstile's tenacity
# and tqdm vs the real ones, under CPython and under the CLI), tracebacks
# (stderr of an uncaught exception vs CPython's), wasm build, conformance (CLI vs
# CPython), hostile (tests/hostile/check.sh), wasm-cli (native vs wasm CLI),
# end-to-end (headless Chromium), the ASan + UBSan build (clang) with its
# ctest: the unit tests, the CLI over the conformance, preset and hostile
# scripts, and the fuzzers for a short while. Runs every step it can,
# prints one summary line per step and a closing "total: N passed, N failed";
# exits non-zero if any step failed.
# Env: JOBS (2), TS_SKIP_ASAN=1 to leave out the sanitizer build.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
unset MAKEFLAGS MFLAGS MAKELEVEL  # quiet sub-makes ("Entering directory" noise)
export NODE_PATH=/usr/share/nodejs EMSDK_PYTHON=/usr/bin/python3
JOBS="${JOBS:-2}"
LOGS="$ROOT/build/test-logs"
mkdir -p "$LOGS"
CONF="cmake --log-level=WARNING -Wno-dev"

declare -a SUMMARY=()
TOTAL_PASS=0
TOTAL_FAIL=0
FAILED_STEPS=0
T_START=$SECONDS

# counts LOG -> "P F" from ctest's or a plain "N passed, N failed" closing line
counts() {
  local log="$1" line
  line="$(grep -E 'tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" | tail -1 || true)"
  if [ -n "$line" ]; then
    local f t
    f="$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1/' <<<"$line")"
    t="$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\2/' <<<"$line")"
    echo "$((t - f)) $f"; return
  fi
  line="$(grep -E '^([A-Za-z-]+: )?[0-9]+ passed, [0-9]+ failed' "$log" | tail -1 || true)"
  if [ -n "$line" ]; then
    sed -E 's/^([A-Za-z-]+: )?([0-9]+) passed, ([0-9]+) failed.*/\2 \3/' <<<"$line"; return
  fi
  echo ""
}

# step NAME COMMAND... : runs it with output shown and logged
step() {
  local name="$1"; shift
  local log="$LOGS/$name.log" t0=$SECONDS rc
  echo
  echo "=== $name: $* ==="
  "$@" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  local c; c="$(counts "$log")"
  local detail=""
  if [ -n "$c" ]; then
    local p=${c% *} f=${c#* }
    TOTAL_PASS=$((TOTAL_PASS + p)); TOTAL_FAIL=$((TOTAL_FAIL + f))
    detail=" ($p passed, $f failed)"
    if [ "$rc" != 0 ] && [ "$f" = 0 ]; then TOTAL_FAIL=$((TOTAL_FAIL + 1)); fi
  elif [ "$rc" != 0 ]; then
    TOTAL_FAIL=$((TOTAL_FAIL + 1))
  fi
  if [ "$rc" = 0 ]; then
    SUMMARY+=("$(printf '%-12s ok     %4ss%s' "$name" $((SECONDS - t0)) "$detail")")
  else
    FAILED_STEPS=$((FAILED_STEPS + 1))
    SUMMARY+=("$(printf '%-12s FAILED %4ss%s  (log: build/test-logs/%s.log)' "$name" $((SECONDS - t0)) "$detail" "$name")")
  fi
  return "$rc"
}
skip() { SUMMARY+=("$(printf '%-12s skipped: %s' "$1" "$2")"); }

finish() {
  echo
  echo "=== summary ($((SECONDS - T_START)) s) ==="
  printf '%s\n' "${SUMMARY[@]}"
  if [ "$FAILED_STEPS" -gt 0 ]; then echo "$FAILED_STEPS step(s) failed"; fi
  echo "total: $TOTAL_PASS passed, $TOTAL_FAIL failed"
  [ "$FAILED_STEPS" = 0 ] && [ "$TOTAL_FAIL" = 0 ]
  exit $?
}

native_build() { $CONF --preset native && cmake --build --preset native -j"$JOBS"; }
wasm_build() { $CONF --preset wasm && cmake --build --preset wasm -j"$JOBS"; }
# the sanitizer build needs only what its tests run: the unit tests and the
# CLI (threads_realtime runs it); no UI
asan_build() { $CONF --preset asan && cmake --build --preset asan -j"$JOBS" --target ts_tests turnstile fuzz_parser fuzz_run fuzz_link; }

step bootstrap scripts/bootstrap.sh || finish

NATIVE_OK=0
if step native-build native_build; then
  NATIVE_OK=1
  step unit ctest --test-dir build/native --no-tests=error --output-on-failure -j"$JOBS"
else
  skip unit "native build failed"
fi

# the real tenacity/tqdm vs Turnstile's own, under CPython and under the CLI
step world bash tests/world/run.sh

# uncaught exceptions: the traceback (source lines, ~~^^ markers) vs CPython's
step tracebacks bash tests/tracebacks/run.sh

WASM_OK=0
step wasm-build wasm_build && WASM_OK=1

if [ -f tests/conformance/run.sh ] && [ "$NATIVE_OK" = 1 ]; then
  step conformance bash tests/conformance/run.sh
elif [ -f tests/conformance/run.sh ]; then
  skip conformance "native build failed"
else
  skip conformance "no tests/conformance/run.sh"
fi

# every hostile script ends as tests/hostile/README.md says (or is listed as not yet)
if [ "$NATIVE_OK" = 1 ]; then
  step hostile bash tests/hostile/check.sh build/native/turnstile
else
  skip hostile "native build failed"
fi

if [ -f build/native/turnstile ] && [ -f build/wasm/turnstile.js ] && [ "$WASM_OK" = 1 ] && [ "$NATIVE_OK" = 1 ]; then
  step wasm-cli scripts/wasm_cli_check.sh
else
  skip wasm-cli "CLI not built for both native and wasm"
fi

if [ -f build/wasm/web/index.html ] && [ "$WASM_OK" = 1 ]; then
  step e2e node tests/e2e/run.mjs --dir build/wasm/web --out build/e2e
elif [ -f src/app/web_main.cpp ]; then
  echo "e2e: the web page was not built" | tee "$LOGS/e2e.log"
  FAILED_STEPS=$((FAILED_STEPS + 1)); TOTAL_FAIL=$((TOTAL_FAIL + 1))
  SUMMARY+=("$(printf '%-12s FAILED: web page not built' e2e)")
else
  skip e2e "no src/app/web_main.cpp yet"
fi

if [ "${TS_SKIP_ASAN:-0}" = 1 ]; then
  skip asan "TS_SKIP_ASAN=1"
elif step asan-build asan_build; then
  step asan tests/asan/ctest.sh
else
  skip asan "asan build failed"
fi

finish
