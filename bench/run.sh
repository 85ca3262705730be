#!/usr/bin/env bash
# Benchmarks: Turnstile vs CPython (the oracle runner) on the same scripts,
# measured in the same run. Prints CPU seconds, peak memory and the ratios.
#   bench/run.sh [TURNSTILE]   (default build/native/turnstile)
set -euo pipefail
cd "$(dirname "$0")/.."
TS=${1:-build/native/turnstile}
measure() {  # prints "cpu_seconds max_rss_kb"
  /usr/bin/time -f "%U %S %M" -o /tmp/ts_bench_time "$@" > /dev/null
  awk '{printf "%.3f %d\n", $1 + $2, $3}' /tmp/ts_bench_time
}
printf "%-22s %10s %10s %8s %10s %10s %8s\n" script ts_cpu_s py_cpu_s speedup ts_rss_kb py_rss_kb mem
for f in bench/*.py; do
  read -r tc tm < <(measure "$TS" run "$f")
  read -r pc pm < <(measure python3 tests/oracle/run_cpython.py "$f")
  awk -v n="$(basename "$f")" -v tc="$tc" -v pc="$pc" -v tm="$tm" -v pm="$pm" \
    'BEGIN { printf "%-22s %10.3f %10.3f %7.1fx %10d %10d %7.2fx\n", n, tc, pc, pc / (tc > 0 ? tc : 0.001), tm, pm, tm / pm }'
done
