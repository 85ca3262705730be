#!/usr/bin/env python3
"""Format specs and float text against CPython (issue 16, fuzzing): a seeded
sample of format(value, spec) -- ints, big ints, floats (nan, inf, -0.0,
tiny, huge), strings and bools under random specs from the format-spec
grammar -- and of doubles from random bit patterns, written as literals
(repr, %-formatting,
round, float(repr(x)) == x), as one script, run under CPython and under the
Turnstile CLI; every line must agree (the result's repr, or the exception's
type and message).

  python3 tests/fuzz/format_diff.py TURNSTILE [COUNT] [SEED]

Prints the first differences and "format: N passed, N failed".
"""
import os
import random
import struct
import subprocess
import sys
import tempfile

VALUES = ['0', '7', '-42', '123456789', '-2**63', '2**64 + 1', '10**30', 'True', 'False',
          '0.0', '-0.0', '1.5', '-2.25', '3.14159265358979', '1e-7', '1e16', '1.7976931348623157e308',
          '5e-324', "float('inf')", "float('-inf')", "float('nan')", '0.1', '2.5', '1234.5678',
          "''", "'abc'", "'héllo'", "'日本'", "'a' * 3"]
TYPES = ['', 'b', 'c', 'd', 'e', 'E', 'f', 'F', 'g', 'G', 'n', 'o', 's', 'x', 'X', '%']


def spec(r):
    s = ''
    if r.random() < 0.3:
        if r.random() < 0.5:
            s += r.choice('*_0x-= ')
        s += r.choice('<>=^')
    if r.random() < 0.3:
        s += r.choice('+- ')
    if r.random() < 0.1:
        s += 'z'
    if r.random() < 0.2:
        s += '#'
    if r.random() < 0.2:
        s += '0'
    if r.random() < 0.5:
        s += str(r.choice([0, 1, 3, 8, 12, 25]))
    if r.random() < 0.25:
        s += r.choice(',_')
    if r.random() < 0.4:
        s += '.' + str(r.choice([0, 1, 2, 3, 6, 10, 17, 30]))
    s += r.choice(TYPES)
    return s


def main():
    cli = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
    r = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 16)
    lines = ['def show(v, s):', '    try:', '        print(repr(format(v, s)))',
             '    except Exception as e:', '        print(type(e).__name__ + ":", e)']
    for _ in range(count):
        lines.append('show(%s, %r)' % (r.choice(VALUES), spec(r)))
    lines += ['def bits(x):',
              "    print(repr(x), '%.17g' % x, '%r' % round(x, 2) if x == x and abs(x) < 1e300 else '-',",
              '          float(repr(x)) == x or x != x)']
    for _ in range(count // 3):
        v = struct.unpack('<d', struct.pack('<Q', r.getrandbits(64)))[0]
        if v == v and abs(v) != float('inf'):
            lines.append('bits(%r)' % v)  # the shortest literal: the parser's rounding too
    src = '\n'.join(lines) + '\n'
    with tempfile.NamedTemporaryFile('w', suffix='.py', delete=False) as f:
        f.write(src)
        path = f.name
    try:
        want = subprocess.run([sys.executable, path], capture_output=True, text=True).stdout.splitlines()
        got = subprocess.run([cli, 'run', path], capture_output=True, text=True, errors='replace').stdout.splitlines()
    finally:
        os.unlink(path)
    calls = [l for l in lines if l.startswith(('show(', 'bits('))]
    bad = 0
    for i, call in enumerate(calls):
        w = want[i] if i < len(want) else '<missing>'
        g = got[i] if i < len(got) else '<missing>'
        if w != g:
            bad += 1
            if bad <= 20:
                print('DIFF %s\n  cpython:   %s\n  turnstile: %s' % (call, w, g))
    print('format: %d passed, %d failed' % (len(calls) - bad, bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
