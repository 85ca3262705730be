#!/usr/bin/env bash
# $TS_CLI with smaller budgets, as a command for tests/hostile/check.sh under
# ASan (STEPS_CAPPED=1): 5,000,000 steps (TS_MAX_STEPS), a 256 MB heap and
# 1,000,000 objects, so a script a budget stops is stopped within seconds
# even though a sanitized allocation is many times slower. That run checks
# the sanitizers find nothing and every script ends cleanly; which budget
# ends it is the plain build's check.
#   TS_CLI=build/asan/turnstile tests/hostile/capped_cli.sh run --stamp FILE
exec "${TS_CLI:?TS_CLI: the turnstile CLI}" "$1" --max-steps "${TS_MAX_STEPS:-5000000}" --max-heap 256 \
  --max-objects 1000000 "${@:2}"
