#!/usr/bin/env bash
# Benchmarks: Turnstile vs CPython (the oracle runner) on the same scripts,
# measured in the same run, REPS times each (paired, alternating), medians.
# Each bench/*.py names its speed target on line 1 ("# target: 1.5x"); the
# memory target is <= 0.25x CPython's peak RSS. A missed target says "missed".
#   [REPS=3] bench/run.sh [TURNSTILE]   (default build/native/turnstile)
set -euo pipefail
cd "$(dirname "$0")/.."
TS=${1:-build/native/turnstile}
REPS=${REPS:-3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
measure() {  # appends "cpu_seconds max_rss_kb" to file $1
  local out=$1; shift
  /usr/bin/time -f "%U %S %M" -o "$tmp/t" "$@" > /dev/null
  awk '{printf "%.3f %d\n", $1 + $2, $3}' "$tmp/t" >> "$out"
}
median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
printf "%-16s %7s %7s %7s %7s  %8s %8s %6s %6s\n" script ts_s py_s speed target ts_kb py_kb mem target
for f in bench/*.py; do
  : > "$tmp/ts"; : > "$tmp/py"
  for _ in $(seq "$REPS"); do
    measure "$tmp/ts" "$TS" run "$f"
    measure "$tmp/py" python3 tests/oracle/run_cpython.py "$f"
  done
  target=$(sed -n '1s/^# target: *\([0-9.]*\)x.*/\1/p' "$f")
  awk -v n="$(basename "$f" .py)" -v target="${target:-1}" \
      -v tc="$(cut -d' ' -f1 "$tmp/ts" | median)" -v tm="$(cut -d' ' -f2 "$tmp/ts" | median)" \
      -v pc="$(cut -d' ' -f1 "$tmp/py" | median)" -v pm="$(cut -d' ' -f2 "$tmp/py" | median)" 'BEGIN {
    speed = pc / (tc > 0 ? tc : 0.001); mem = tm / pm
    printf "%-16s %7.3f %7.3f %6.2fx %6s  %8d %8d %5.2fx %6s\n", n, tc, pc, speed,
      (speed >= target ? ">=" target "x" : "missed"), tm, pm, mem, (mem <= 0.25 ? "<=.25x" : "missed")
  }'
done
