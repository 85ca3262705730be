#!/usr/bin/env bash
# `turnstile sweep` on the LLM-batch preset (#15): the CSV has one line per
# value, stdout has one row per value and the recommendation naming the
# binding limit; the same sweep from a share link gives the same table; bad
# arguments exit 2 with a message. Usage: sweep_cli_test.sh path/to/turnstile
set -u
ts=$1
here=$(cd "$(dirname "$0")/../.." && pwd)
preset=$here/presets/13_llm_batch_tuner.py
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
check() {  # check "what" command...
    local what=$1; shift
    if ! "$@"; then echo "FAIL: $what"; fail=1; fi
}

"$ts" sweep "$preset" --param CONCURRENCY=1..40 --csv "$tmp/out.csv" >"$tmp/out.txt" 2>"$tmp/err.txt"
check "sweep exits 0" test $? -eq 0
check "CSV: a header and 40 lines" test "$(wc -l <"$tmp/out.csv")" -eq 41
check "CSV header" grep -q '^CONCURRENCY,runs,feasible,time,ok,calls,failed,' "$tmp/out.csv"
check "CSV values 1..40 in order" test "$(tail -n +2 "$tmp/out.csv" | cut -d, -f1 | tr '\n' ' ')" = "$(seq -s ' ' 1 40) "
check "stdout: a heading, 40 rows, the recommendation and why" test "$(wc -l <"$tmp/out.txt")" -eq 43
check "recommendation line" grep -Eq '^recommendation: CONCURRENCY = [0-9]+: [0-9.]+ s, 0 failed calls' "$tmp/out.txt"
check "why names the binding limit" grep -q '^why: 500 RPM (8.33 requests/s) at .* caps useful concurrency near 10;' "$tmp/out.txt"

# the same sweep carried by a share link
link=$("$ts" link "$preset" --sweep CONCURRENCY=1..40)
"$ts" sweep --link "$link" >"$tmp/link.txt"
check "a link's sweep prints the same table" cmp -s "$tmp/out.txt" "$tmp/link.txt"
# a link's slider values: run --link applies them
link=$("$ts" link "$preset" --set CONCURRENCY=11)
"$ts" run --link "$link" >"$tmp/runlink.txt"
check "run --link applies the slider values" grep -q '^concurrency 11: 100 prompts in' "$tmp/runlink.txt"

# a slider value through --set, and run --set
"$ts" run "$preset" --set CONCURRENCY=11 >"$tmp/run.txt"
check "run --set" grep -q '^concurrency 11: 100 prompts in' "$tmp/run.txt"

# errors: a message and exit 2
"$ts" sweep "$preset" --param NOPE=1..3 >/dev/null 2>"$tmp/e1"
check "unknown parameter exits 2" test $? -eq 2
check "unknown parameter message" grep -q 'no top-level number constant NOPE' "$tmp/e1"
"$ts" sweep "$preset" --param CONCURRENCY=9..1 >/dev/null 2>"$tmp/e2"
check "empty range exits 2" test $? -eq 2
check "empty range message" grep -q 'low end 9 is above its high end 1' "$tmp/e2"
"$ts" run "$preset" --set CONCURRENCY=2.5 >/dev/null 2>"$tmp/e3"
check "run --set of a float into an int exits 2" test $? -eq 2
check "run --set message" grep -q 'CONCURRENCY is an int (8), not 2.5' "$tmp/e3"
exit $fail
