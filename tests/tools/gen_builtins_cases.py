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
print("wrote %d cases to %s" % (len(names), root))
