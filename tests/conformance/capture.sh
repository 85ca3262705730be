#!/usr/bin/env bash
# capture.sh CMD...: run CMD and print its stdout in the canonical form that the
# conformance suite stores and compares: the stdout bytes, then (only if the
# output is non-empty and does not end in a newline) the line
# "\ no newline at end of output", then a final line "exit N".
# stderr is discarded (or written to the file named by $CAPTURE_STDERR); a
# 60 s wall-clock limit applies (exit 124 = timeout).
tmpf=$(mktemp)
timeout 60 "$@" >"$tmpf" 2>"${CAPTURE_STDERR:-/dev/null}"
rc=$?
cat "$tmpf"
if [ -s "$tmpf" ] && [ -n "$(tail -c1 "$tmpf")" ]; then
    printf '\n\\ no newline at end of output\n'
fi
echo "exit $rc"
rm -f "$tmpf"
