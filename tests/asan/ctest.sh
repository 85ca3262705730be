#!/usr/bin/env bash
# The sanitizer build's tests (make test-asan; make test's "asan" step):
#   tests/asan/ctest.sh [CTEST ARGS...]
# An ASan frame is several times a plain one, so the C stack CPython's
# depths need (6,000 parser levels, 3,000 compiler levels, the depth guards
# of issue 16) is raised to 1 GiB for every process under it, the fuzzers
# included. Leaks are reported (minus tests/asan/lsan.supp); UBSan stops at
# its first finding (-fno-sanitize-recover) with a stack trace.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
ulimit -s 1048576 || { echo "asan: cannot raise the stack limit to 1 GiB (ulimit -Hs: $(ulimit -Hs))" >&2; exit 2; }
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"
export LSAN_OPTIONS="suppressions=$top/tests/asan/lsan.supp:print_suppressions=0"
exec ctest --test-dir "$top/build/asan" --no-tests=error --output-on-failure -j"${JOBS:-2}" "$@"
