#!/usr/bin/env bash
# The hostile suite as a test (make test): run.sh over every script with the
# CLI given, then each result against tests/hostile/not_yet.txt, the scripts
# issue 16's fixes have not reached yet (one name a line; '#' comments).
# Fails when a script not listed is not as expected (a regression) and when
# a listed one is (the list must shrink with the fixes, not hide them).
#   tests/hostile/check.sh TURNSTILE [TIMEOUT]
# The last line is "hostile: N passed, N failed" (N failed = the scripts that
# broke the rule above).
set -u
here=$(cd "$(dirname "$0")" && pwd)
cli=${1:?usage: check.sh TURNSTILE [TIMEOUT]}
log=$(mktemp)
trap 'rm -f "$log"' EXIT
TURNSTILE=$cli TIMEOUT=${2:-20} JOBS=${JOBS:-2} bash "$here/run.sh" >"$log" || { cat "$log"; exit 2; }
declare -A listed=()
while read -r name _; do
  [ -n "$name" ] && [ "${name:0:1}" != "#" ] && listed[$name]=1
done <"$here/not_yet.txt"
pass=0 fail=0
while read -r status name rest; do
  case "$status" in ok|FAIL) ;; *) continue ;; esac
  name=${name%:}  # "FAIL NAME: kind: ..."
  # (under a lower step cap, STEPS_CAPPED, a listed script may end "ok" at the cap)
  if [ "$status" = ok ] && [ -n "${listed[$name]:-}" ] && [ -z "${STEPS_CAPPED:-}" ]; then
    echo "FIXED $name: as expected now; take it out of tests/hostile/not_yet.txt"; fail=$((fail + 1))
  elif [ "$status" = FAIL ] && [ -z "${listed[$name]:-}" ]; then
    echo "FAIL $name: $rest"; fail=$((fail + 1))
  else
    pass=$((pass + 1))
  fi
done <"$log"
grep -E '^(not as expected|hostile):' "$log"
echo "not yet fixed (tests/hostile/not_yet.txt): ${#listed[@]}"
echo "hostile: $pass passed, $fail failed"
[ "$fail" = 0 ]
