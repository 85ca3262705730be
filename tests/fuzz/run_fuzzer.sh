#!/usr/bin/env bash
# One libFuzzer target for a while (ctest fuzz_parser|fuzz_run|fuzz_link, make fuzz):
#   tests/fuzz/run_fuzzer.sh BINARY CORPUS_ROOT SECONDS
# First every kept finding (tests/fuzz/regressions/NAME/*) runs once: each is
# a regression test. Then the fuzzer runs SECONDS over the seed corpus (the
# presets and the conformance scripts, and for the parser the hostile ones;
# the hostile links for the link decoder), growing CORPUS_ROOT/NAME. A finding is
# written to CORPUS_ROOT/NAME-findings/ and fails the run: keep it in
# tests/fuzz/regressions/NAME/ with the fix. The last line is
# "NAME: N passed, N failed".
set -u
bin=$(realpath "$1") secs=$3
mkdir -p "$2" && root=$(realpath "$2")
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
name=$(basename "$bin")
corpus="$root/$name" seeds="$root/$name-seeds" findings="$root/$name-findings"
mkdir -p "$corpus" "$findings"
rm -rf "$seeds" && mkdir -p "$seeds"
case "$name" in
  fuzz_link)
    python3 "$top/tests/hostile/links/links.py" | python3 -c '
import json, sys, os
for i, line in enumerate(sys.stdin):
    c = json.loads(line)
    if len(c["fragment"]) <= 8192:
        open(os.path.join(sys.argv[1], "%02d_%s" % (i, c["name"])), "w").write(c["fragment"])
' "$seeds" ;;
  *)
    # the hostile scripts seed the parser only: to the VM each is a test of
    # its own already (tests/hostile/check.sh), many slow by design
    hostile=()
    [ "$name" = fuzz_parser ] && hostile=("$top"/tests/hostile/[0-9]*.py)
    for f in "$top"/presets/*.py "$top"/tests/conformance/[0-9]*.py "${hostile[@]}"; do
      [ "$(wc -c <"$f")" -le 8192 ] && cp "$f" "$seeds/"
    done ;;
esac
# reference cycles are the VM's own (no cycle collector yet), not findings:
# leak checks stay off whatever the caller asked (the last option wins)
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
regress=0
if [ -d "$here/regressions/$name" ] && [ -n "$(ls -A "$here/regressions/$name" 2>/dev/null)" ]; then
  if "$bin" "$here/regressions/$name"/* >"$findings/regressions.log" 2>&1; then
    regress=$(ls "$here/regressions/$name" | wc -l)
    echo "$name: $regress kept findings run clean"
  else
    tail -30 "$findings/regressions.log"
    echo "$name: 0 passed, 1 failed (a kept finding fails again)"
    exit 1
  fi
fi
cd "$findings"
"$bin" -max_total_time="$secs" -max_len=8192 -timeout=20 -rss_limit_mb=3000 -detect_leaks=0 -print_final_stats=1 \
  -artifact_prefix="$findings/" "$corpus" "$seeds" >"$findings/fuzz.log" 2>&1
rc=$?
grep -E "^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::peak_rss_mb)" "$findings/fuzz.log" | tail -3
if [ $rc != 0 ]; then
  grep -B5 -A40 -E "ERROR: |SUMMARY: |Test unit written" "$findings/fuzz.log" | head -80
  echo "$name: finding(s) in $findings/"
  echo "$name: $regress passed, 1 failed"
  exit 1
fi
echo "$name: $((regress + 1)) passed, 0 failed"
