#!/usr/bin/env bash
# The exported .py (`turnstile export`) run under CPython prints what
# `turnstile run --stamp` prints (the conformance expectation, which the
# conformance suite holds the CLI to), with the same exit code, for every preset
# (but those marked "# oracle: none") and every conformance script; and a
# script full of what string literals find hard (quotes, backslashes, a NUL-free
# mix of both quote triples) survives the round trip byte for byte.
#   tests/tools/export_check.sh [TURNSTILE]     (default build/native/turnstile)
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
TS=${1:-build/native/turnstile}
[ "${TS#/}" = "$TS" ] && TS=$root/$TS
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/quotes_edge.py" <<'PY'
a = '''triple ''' + """and \"\"\" the other"""
b = "back\\slash\\" ; c = r"raw \d"
print(a, b, c, "tab\there")
print('\'''\'')
PY
check() {  # check FILE: one line "ok FILE" or "FAIL FILE" + a diff
  # both run from a folder of their own, by the script's base name (it shows
  # in reprs and tracebacks)
  f=$1; key=$(echo "$f" | tr '/' '_'); d=$tmp/$key.d; name=$(basename "$f")
  mkdir -p "$d"; cp "$f" "$d/$name"
  (cd "$d" && "$TS" export "$name" -o "export.py") || { echo "FAIL $f (export failed)"; return; }
  (cd "$d" && bash "$root/tests/conformance/capture.sh" python3 export.py) > "$tmp/$key.py.out"
  # what Turnstile prints: the conformance expectation where there is one
  # (it equals `turnstile run --stamp`, and an ASan build's deeper C++
  # frames cannot change it), else the CLI's output
  case "$f" in presets/*) exp=tests/conformance/expected/preset_${name%.py}.out ;; *) exp=tests/conformance/expected/${name%.py}.out ;; esac
  # (not one that prints the script's path: that is run from its folder here)
  if [ -f "$root/$exp" ] && ! grep -q 'tests/conformance/\|presets/' "$root/$exp"; then cp "$root/$exp" "$tmp/$key.ts.out"
  else (cd "$d" && bash "$root/tests/conformance/capture.sh" "$TS" run --stamp "$name") > "$tmp/$key.ts.out"; fi
  if cmp -s "$tmp/$key.py.out" "$tmp/$key.ts.out"; then echo "ok $f"
  else echo "FAIL $f"; diff -u --label "exported under CPython" --label "turnstile run --stamp" "$tmp/$key.py.out" "$tmp/$key.ts.out" | head -20; fi
}
export -f check; export TS tmp root
files=("$tmp/quotes_edge.py")
for f in presets/*.py tests/conformance/[0-9]*.py; do
  head -1 "$f" | grep -q '^# oracle: none' || files+=("$f")
done
printf '%s\n' "${files[@]}" | xargs -P "${JOBS:-2}" -I{} bash -c 'check "$@"' _ {} > "$tmp/results"
grep -v '^ok ' "$tmp/results"
pass=$(grep -c '^ok ' "$tmp/results"); fail=$(grep -c '^FAIL ' "$tmp/results")
echo "$pass passed, $fail failed"
[ "$fail" = 0 ] && [ "$pass" -gt 0 ]
