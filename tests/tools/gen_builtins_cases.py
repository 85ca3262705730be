#!/usr/bin/env python3
"""Regenerates tests/unit/builtins_cases/*.out from CPython 3.11 and the
CASES manifest read by tests/unit/builtins_test.cpp.

Each case is a plain scenario script; its expected output is what CPython
prints for it. Run after adding or editing a case:
    python3 tests/tools/gen_builtins_cases.py
"""
import pathlib
import subprocess
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("gen_builtins_cases.py: run with CPython 3.11 (the oracle), not %s" % sys.version.split()[0])

root = pathlib.Path(__file__).resolve().parents[2] / "tests" / "unit" / "builtins_cases"
names = []
for py in sorted(root.glob("*.py")):
    r = subprocess.run([sys.executable, str(py)], capture_output=True, env={"PYTHONHASHSEED": "0", "PYTHONIOENCODING": "utf-8"})
    if r.returncode != 0:
        sys.exit("%s failed under CPython:\n%s" % (py.name, r.stderr.decode()))
    py.with_suffix(".out").write_bytes(r.stdout)
    names.append(py.stem)
(root / "CASES").write_text("".join(n + "\n" for n in names))

# Set iteration order: CPython's hash-table order for sets built by adds.
import random, struct
rng = random.Random(1234)
def enc(v):
    if isinstance(v, bool):
        return "b:%d" % v
    if isinstance(v, int):
        return "i:%d" % v
    if isinstance(v, float):
        return "f:%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]
    return "t:" + ",".join(str(x) for x in v)
rows = []
pools = [
    lambda: rng.randrange(0, 10),
    lambda: rng.randrange(0, 100),
    lambda: rng.randrange(-50, 50),
    lambda: rng.randrange(0, 10**6),
    lambda: rng.randrange(-2**62, 2**62),
    lambda: rng.choice([0.5, 1.5, -2.25, 3.0, 1e10, 0.1, 2.0, 7.75]),
    lambda: (rng.randrange(5), rng.randrange(5)),
    lambda: rng.choice([True, False, 2, 3]),
]
for n in [1, 2, 3, 4, 5, 6, 8, 10, 13, 20, 40, 100, 300]:
    for pool in pools:
        seq = [pool() for _ in range(n)]
        s = set()
        order = []
        for x in seq:
            if x not in s:
                order.append(x)
            s.add(x)
        rows.append(" ".join(enc(x) for x in order) + "\t" + " ".join(enc(x) for x in s))
(root / "set_order.txt").write_text("\n".join(rows) + "\n")
print("wrote %d set-order rows" % len(rows))
print("wrote %d cases to %s" % (len(names), root))
