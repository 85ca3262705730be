#!/usr/bin/env python3
"""Check (or record) the CPython side of the hostile suite.

Usage: python3 tests/hostile/oracle.py [--record] [FILE.py...]

Runs each tests/hostile/NNN_*.py under the CPython oracle
(tests/oracle/run_cpython.py --stamp) with the same limits as run.sh
(ulimit -v 4000000; 60 s, as a loaded machine runs CPython slowly) and compares with the script's `# expect:` line:

* `ExcType: message` -- CPython exits 1 and its last stderr line is that line;
* `SyntaxError: message` (or IndentationError/TabError) -- CPython exits 2
  and its `FILE:LINE:COL: message` line carries that message;
* `ok` -- CPython's canonical stdout (tests/conformance/capture.sh) equals
  NNN_name.out (an error expectation may have a .out too: the stdout before
  the error);
* `budget: ...` -- not run (CPython would exhaust the machine or run for ages).

--record fills in a header `# expect: ?` from CPython's result and writes a
missing .out for `ok`, so a new script gets CPython's exact wording; a timeout
is reported and the header left for a `budget:` line by hand. (gen.py owns the
headers of the *_gen.py files.)
Exits 1 if any recorded expectation disagrees with CPython.
"""

import glob
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
ORACLE = os.path.join(ROOT, "tests", "oracle", "run_cpython.py")
CAPTURE = os.path.join(ROOT, "tests", "conformance", "capture.sh")
LIMITS = "ulimit -v 4000000; exec timeout 60 "


def header(path):
    with open(path, "rb") as f:
        first = f.readline().decode("utf-8", "replace").lstrip("\ufeff").rstrip("\r\n")
    m = re.match(r"# expect: (.*)$", first)
    return m.group(1) if m else None


def run_oracle(path):
    cmd = LIMITS + "python3 %s --stamp %s" % (ORACLE, path)
    p = subprocess.run(["bash", "-c", cmd], capture_output=True, cwd=ROOT)
    err = p.stderr.decode("utf-8", "replace").rstrip("\n").split("\n")
    return p.returncode, err[-1] if err else ""


def capture(path):
    cmd = LIMITS + "bash %s python3 %s --stamp %s" % (CAPTURE, ORACLE, path)
    return subprocess.run(["bash", "-c", cmd], capture_output=True, cwd=ROOT).stdout


def syntax_class(path):
    """The SyntaxError subclass CPython raises for the file (the oracle prints only the message)."""
    with open(path, "rb") as f:
        src = f.read()
    try:
        compile(src, path, "exec", dont_inherit=True)
    except SyntaxError as e:
        return type(e).__name__
    return "SyntaxError"


def observed(path):
    rc, last = run_oracle(path)
    if rc == 1:
        return last
    if rc == 2:
        m = re.match(r".*?:(?:-?\d+|None):(?:-?\d+|None): (.*)$", last)
        return "%s: %s" % (syntax_class(path), m.group(1) if m else last)
    if rc in (0, 3):
        return "ok"
    return "exit %d (%s)" % (rc, "timeout" if rc == 124 else last)


def main(argv):
    record = "--record" in argv
    files = [a for a in argv if a != "--record"] or sorted(glob.glob(os.path.join(HERE, "[0-9]*.py")))
    bad = 0
    for f in files:
        f = os.path.abspath(f)
        name = os.path.basename(f)
        want = header(f)
        out = f[:-3] + ".out"
        if want is None:
            print("FAIL %s: no '# expect:' header on line 1" % name)
            bad += 1
            continue
        if want.startswith("budget:"):
            print("skip %s (%s)" % (name, want))
            continue
        got = observed(f)
        if record and want == "?":
            if got.startswith("exit "):
                print("left %s: CPython %s; write a budget: header" % (name, got))
                continue
            with open(f, "rb") as fh:
                data = fh.read()
            rest = data.split(b"\n", 1)[1] if b"\n" in data else b""
            if not f.endswith("_gen.py"):  # gen.py owns its headers
                with open(f, "wb") as fh:
                    fh.write(("# expect: %s\n" % got).encode("utf-8") + rest)
            if got == "ok":
                with open(out, "wb") as fh:
                    fh.write(capture(f))
            print("recorded %s: %s" % (name, got))
            continue
        if got != want:
            print("FAIL %s: header says %r, CPython gives %r" % (name, want, got))
            bad += 1
        elif want == "ok":
            if record and not os.path.exists(out):
                with open(out, "wb") as fh:
                    fh.write(capture(f))
                print("recorded %s" % os.path.basename(out))
            elif not os.path.exists(out):
                print("FAIL %s: no %s" % (name, os.path.basename(out)))
                bad += 1
            elif capture(f) != open(out, "rb").read():
                print("FAIL %s: CPython's stdout differs from %s" % (name, os.path.basename(out)))
                bad += 1
            else:
                print("ok   %s" % name)
        elif os.path.exists(out) and capture(f) != open(out, "rb").read():
            print("FAIL %s: CPython's stdout before the error differs from %s" % (name, os.path.basename(out)))
            bad += 1
        else:
            print("ok   %s" % name)
    print("oracle: %d of %d disagree" % (bad, len(files)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
