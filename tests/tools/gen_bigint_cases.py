#!/usr/bin/env python3
"""Generates tests/unit/bigint_cases/*.txt for tests/unit/bigint_test.cpp.

CPython 3.11 is the oracle. One case per line, fields separated by tabs:
    op <TAB> arg1 [<TAB> arg2] <TAB> expected
Integers are written as Python hex literals ("-0x1f", parsed with base 0);
strings (parse input, format specs, formatted output) as hex of their UTF-8
bytes, "" -> "-"; floats as repr(). An expected error is "!Name: message".
Turnstile caps int results at 2**38 bits (OverflowError
"integer too large for Turnstile (over 2**38 bits)"); below that the run's
heap and step budgets decide (the VM's BigIntMeter, not used here).

Usage: python3 tests/tools/gen_bigint_cases.py [outdir [scale [seed]]]
"""
import math
import os
import random
import struct
import sys

CAP = 1 << 38
CAP_ERR = "!OverflowError: integer too large for Turnstile (over 2**38 bits)"
SIZE = 100000  # how big the random cases get (the cases' own size, not a cap)

rnd = random.Random(20261124)


def H(i):
    """An operand: a hex literal, or for huge values with a repeating hex
    pattern "R<pattern>*<count>" (optionally "-R..")."""
    return hex(i)


def HP(b, e, neg=False):
    """A huge operand b**e written "P<b>^<e>" (optionally "-P.."), and its value."""
    return ("-" if neg else "") + "P%d^%d" % (b, e), -(b ** e) if neg else b ** e


def HR(pattern, count, neg=False):
    """A huge operand built from a repeated hex pattern, and its value."""
    v = int(pattern * count, 16)
    return ("-" if neg else "") + "R%s*%d" % (pattern, count), -v if neg else v


P1, P2 = 1000000007, (1 << 61) - 1


def HX(i):
    """An expected int: hex, or for long values the digest
    "=<bit_length>:<sign>:<|v| mod 1000000007>:<|v| mod 2**61-1>"."""
    h = hex(i)
    if len(h) <= 130:
        return h
    return "=%d:%d:%d:%d" % (i.bit_length(), (i > 0) - (i < 0), abs(i) % P1, abs(i) % P2)


def fnv(b):
    h = 0xcbf29ce484222325
    for c in b:
        h = ((h ^ c) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h


def S(s):
    """A string: hex of its UTF-8 bytes ("-" when empty); long expected
    strings as "=<byte length>:<FNV-1a 64 of the bytes>"."""
    b = s.encode("utf-8")
    if len(b) > 150:
        return "=%d:%d" % (len(b), fnv(b))
    return b.hex() if b else "-"


def SI(s):
    """A string input (never digested)."""
    b = s.encode("utf-8")
    return b.hex() if b else "-"


def SR(*segments):
    """A long string input as repeated segments: "S<hex>*<n>,<hex>*<n>"."""
    return "S" + ",".join("%s*%d" % (p.encode("utf-8").hex(), n) for p, n in segments)


def err(e):
    return "!%s: %s" % (type(e).__name__, e)


def rand_int(maxbits=200):
    r = rnd.random()
    if r < 0.1:
        bits = rnd.randint(0, 8)
    elif r < 0.35:
        bits = rnd.choice([31, 32, 33, 52, 53, 54, 63, 64, 65, 95, 96, 97, 127, 128, 129])
    elif r < 0.985:
        bits = rnd.randint(1, maxbits)
    else:
        bits = rnd.randint(300, 700)
    if bits == 0:
        v = 0
    else:
        kind = rnd.random()
        if kind < 0.15:  # all ones / sparse patterns stress carries and Knuth D
            v = (1 << bits) - 1
            if rnd.random() < 0.5:
                v ^= 1 << rnd.randrange(bits)
        elif kind < 0.25:
            v = 1 << (bits - 1)
            if rnd.random() < 0.5:
                v += rnd.choice([1, -1 if bits > 1 else 0, 1 << rnd.randrange(bits)])
        else:
            v = rnd.getrandbits(bits) | (1 << (bits - 1))
    return -v if rnd.random() < 0.5 else v


SPECIAL = []
for b in [31, 32, 33, 53, 62, 63, 64, 65, 96, 128]:
    for d in [-1, 0, 1]:
        SPECIAL += [(1 << b) + d, -((1 << b) + d)]
SPECIAL += [0, 1, -1, 2, -2, 10, -10, 3, -3, 7, -7]


def operand():
    if rnd.random() < 0.2:
        return rnd.choice(SPECIAL)
    return rand_int()


def capped(v):
    return CAP_ERR if v.bit_length() > CAP else HX(v)


def gen_arith(out, n):
    for _ in range(n):
        a, b = operand(), operand()
        out.append("add\t%s\t%s\t%s" % (H(a), H(b), HX(a + b)))
        out.append("sub\t%s\t%s\t%s" % (H(a), H(b), HX(a - b)))
        out.append("mul\t%s\t%s\t%s" % (H(a), H(b), capped(a * b)))
        out.append("cmp\t%s\t%s\t%d" % (H(a), H(b), (a > b) - (a < b)))
        for op, f in (("and", lambda x, y: x & y), ("or", lambda x, y: x | y), ("xor", lambda x, y: x ^ y)):
            out.append("%s\t%s\t%s\t%s" % (op, H(a), H(b), HX(f(a, b))))
    for _ in range(n // 4):
        a = operand()
        out.append("neg\t%s\t%s" % (H(a), HX(-a)))
        out.append("abs\t%s\t%s" % (H(a), HX(abs(a))))
        out.append("invert\t%s\t%s" % (H(a), HX(~a)))
        out.append("bitlen\t%s\t%d" % (H(a), a.bit_length()))
        out.append("hash\t%s\t%d" % (H(a), hash(a)))
        out.append("fits\t%s\t%d" % (H(a), int(-2**63 <= a < 2**63)))
    for a in SPECIAL:
        out.append("hash\t%s\t%d" % (H(a), hash(a)))
        out.append("fits\t%s\t%d" % (H(a), int(-2**63 <= a < 2**63)))
    for k in [61, 62, 122, 183, 200]:
        for d in [-2, -1, 0, 1]:
            for s in [1, -1]:
                a = s * ((1 << k) + d)
                out.append("hash\t%s\t%d" % (H(a), hash(a)))
    # big mul near the cap
    for pa, na, pb, nb in [("9e3779b97f4a7c15", 780, "c2b2ae3d27d4eb4f", 781), ("f" * 16, 781, "f" * 16, 781),
                           ("8" + "0" * 15, 782, "1" + "0" * 15, 781), ("7" + "f" * 15, 1562, "3", 1),
                           ("deadbeef", 1000, "-cafebabe", 0), ("fedcba9876543210", 300, "0123456789abcdef", 301)]:
        if pb.startswith("-"):
            ea, a = HR(pa, na)
            out.append("mul\t%s\t%s\t%s" % (ea, H(-0xcafebabe), capped(a * -0xcafebabe)))
            continue
        ea, a = HR(pa, na, rnd.random() < 0.5)
        eb, b = HR(pb, nb, rnd.random() < 0.5)
        out.append("mul\t%s\t%s\t%s" % (ea, eb, capped(a * b)))
        out.append("add\t%s\t%s\t%s" % (ea, eb, HX(a + b)))
        out.append("xor\t%s\t%s\t%s" % (ea, eb, HX(a ^ b)))
    for k, m in [(99996, 15), (99996, 16), (99999, 1), (99999, 2), (99999, -2), (100000, 1), (100000, 0)]:
        ea, a = HP(2, k)
        out.append("mul\t%s\t%s\t%s" % (ea, H(m), capped(a * m)))


def divisor_like(a):
    r = rnd.random()
    if r < 0.3:
        return operand()
    if r < 0.5:  # divisor with top limb patterns that stress qhat correction
        limbs = rnd.randint(2, 6)
        v = 0
        for _ in range(limbs):
            v = (v << 32) | rnd.choice([0, 1, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, rnd.getrandbits(32)])
        v |= 1 << (32 * limbs - rnd.randint(1, 32))
        return v if rnd.random() < 0.5 else -v
    bits = max(1, abs(a).bit_length() - rnd.randint(0, 200))
    v = rnd.getrandbits(bits) | (1 << (bits - 1))
    return v if rnd.random() < 0.5 else -v


def gen_div(out, n):
    for _ in range(n):
        a = operand()
        b = divisor_like(a)
        if rnd.random() < 0.15:  # a = b*q + r with r close to b
            q = rand_int(200)
            a = b * q + rnd.choice([0, 1, -1, b - 1 if b > 0 else b + 1])
        if rnd.random() < 0.03:
            b = 0
        for op, fn in (("floordiv", lambda: HX(a // b)), ("mod", lambda: HX(a % b)),
                       ("divmod", lambda: "%s %s" % (HX(a // b), HX(a % b))), ("truediv", lambda: repr(a / b))):
            try:
                r = fn()
            except (ZeroDivisionError, OverflowError) as e:
                r = err(e)
            out.append("%s\t%s\t%s\t%s" % (op, H(a), H(b), r))
    # truediv edge cases: overflow / underflow / subnormals / ties
    for i in range(n // 2):
        top = 2200 if i % 3 == 0 else 200
        ea = rnd.randint(0, top)
        eb = rnd.randint(0, top)
        a = rnd.getrandbits(ea + 1) | (1 << ea)
        b = rnd.getrandbits(eb + 1) | (1 << eb)
        if rnd.random() < 0.3:
            b = 1 << eb
        if rnd.random() < 0.5:
            a = -a
        try:
            r = repr(a / b)
        except OverflowError as e:
            r = err(e)
        out.append("truediv\t%s\t%s\t%s" % (H(a), H(b), r))
    for a, b in [(1, 1 << 1074), (1, (1 << 1074) + 1), (3, 1 << 1075), (1, 1 << 1075), (1, 1 << 1076),
                 ((1 << 1024) - 1, 1), ((1 << 1024) - (1 << 970), 1), ((1 << 1024) - (1 << 971), 1),
                 (1 << 2000, 1 << 977), (1 << 2000, (1 << 976) + 1), ((1 << 53) + 1, 1), ((1 << 54) + 3, 2),
                 (0, -5), (0, 5), (-(1 << 100), 3), (10**30, 7), (2**63, -(2**63))]:
        try:
            r = repr(a / b)
        except OverflowError as e:
            r = err(e)
        out.append("truediv\t%s\t%s\t%s" % (H(a), H(b), r))


def gen_pow_shift(out, n):
    for _ in range(n):
        a = operand() if rnd.random() < 0.5 else rnd.randint(-20, 20)
        e = rnd.choice([0, 1, 2, 3, rnd.randint(0, 40), rnd.randint(0, 300)])
        if abs(a).bit_length() * e > 4 * SIZE:
            e = rnd.randint(0, 3)
        out.append("pow\t%s\t%s\t%s" % (H(a), H(e), capped(a ** e)))
        k = rnd.choice([0, 1, 31, 32, 33, 63, 64, 65, rnd.randint(0, 400)])
        out.append("lshift\t%s\t%s\t%s" % (H(a), H(k), capped(a << k)))
        out.append("rshift\t%s\t%s\t%s" % (H(a), H(k), HX(a >> k)))
    for a, e in [(2, 99999), (2, 100000), (-2, 99999), (3, 63093), (3, 63094), (10, 30103), (10, 30104),
                 (1, 10**30), (-1, 10**30 + 1), (0, 10**30), (2, 10**30), (7, 0), (0, 0), (-3, 5)]:
        out.append("pow\t%s\t%s\t%s" % (H(a), H(e), capped(a ** e) if e < 10**6 or abs(a) <= 1 else CAP_ERR))
    for a, e in [(2, -1), (-3, -2), (10**30, -1), (1 << 2000, -1)]:
        try:
            r = repr(a ** e)
        except OverflowError as ex:
            r = err(ex)
        out.append("powf\t%s\t%s\t%s" % (H(a), H(e), r))
    for a, k in [(1, 99999), (1, 100000), (-1, 99999), (3, 99998), (3, 99999), (0, 10**30), (5, 10**30)]:
        out.append("lshift\t%s\t%s\t%s" % (H(a), H(k), capped(a << k) if k < 10**6 else (H(0) if a == 0 else CAP_ERR)))
    for a, k in [(5, 10**30), (-5, 10**30), (-(1 << 200), 200), (-(1 << 200) - 1, 200), (-(1 << 200), 199)]:
        out.append("rshift\t%s\t%s\t%s" % (H(a), H(k), HX(a >> k)))
    for a in [5, 1 << 100]:
        for op in ("lshift", "rshift"):
            out.append("%s\t%s\t%s\t!ValueError: negative shift count" % (op, H(a), H(-1)))
            out.append("%s\t%s\t%s\t!ValueError: negative shift count" % (op, H(a), H(-(1 << 70))))


def gen_str(out, n):
    for _ in range(n):
        a = operand()
        out.append("str\t%s\t%s" % (H(a), S(str(a))))
        base = rnd.choice([2, 8, 16, 16])
        digits = format(abs(a), {2: "b", 8: "o", 16: "x"}[base])
        out.append("base%d\t%s\t%s" % (base, H(a), S(("-" if a < 0 else "") + digits)))
        if base == 16:
            out.append("base16u\t%s\t%s" % (H(a), S(("-" if a < 0 else "") + digits.upper())))
        f = {2: bin, 8: oct, 16: hex}[base]
        out.append("prefixed%d\t%s\t%s" % (base, H(a), S(f(a))))
    for k in [4299, 4300, 4301, 5000]:
        for s in [1, -1]:
            ea, a = HP(10, k - 1, s < 0)
            try:
                r = S(str(a))
            except ValueError as e:
                r = err(e)
            out.append("str\t%s\t%s" % (ea, r))
    ea, a = HR("123456789", 2000)
    try:
        str(a)
    except ValueError as e:
        out.append("str\t%s\t%s" % (ea, err(e)))


B36 = "0123456789abcdefghijklmnopqrstuvwxyz"


def to_base(v, base):
    if v == 0:
        return "0"
    s = ""
    while v:
        v, r = divmod(v, base)
        s = B36[r] + s
    return s


def mangle_case(s):
    return "".join(c.upper() if rnd.random() < 0.3 else c for c in s)


def add_underscores(s):
    if len(s) < 2 or rnd.random() < 0.6:
        return s
    out = s[0]
    for c in s[1:]:
        if rnd.random() < 0.2:
            out += "_"
        out += c
    return out


def gen_parse(out, n):
    cases = []
    for _ in range(n):
        a = operand()
        base = rnd.choice([10, 10, 10, 0, 2, 8, 16, 16, rnd.randint(2, 36)])
        b = base
        prefix = ""
        if base == 0:
            b = rnd.choice([10, 10, 2, 8, 16])
            prefix = {10: "", 2: "0b", 8: "0o", 16: "0x"}[b]
        elif base in (2, 8, 16) and rnd.random() < 0.3:
            prefix = {2: "0b", 8: "0o", 16: "0x"}[base]
        body = add_underscores(mangle_case(to_base(abs(a), b)))
        if prefix and rnd.random() < 0.2:
            prefix += "_"
        sign = "-" if a < 0 else rnd.choice(["", "", "+"])
        ws1 = rnd.choice(["", "", " ", "\t", "  \n", "\u2003"])
        ws2 = rnd.choice(["", "", " ", "\n", "\u3000"])
        text = ws1 + sign + mangle_case(prefix) + body + ws2
        cases.append((text, base))
    # invalid and edge inputs
    for t, b in [("", 10), (" ", 10), ("-", 10), ("_1", 10), ("1_", 10), ("1__2", 10), ("0x", 16), ("0x_", 16),
                 ("12a", 10), ("99999999999999999999999z", 10), ("0b102", 0), ("010", 0), ("000", 0), ("00_0", 0),
                 ("0" * 30 + "1", 10), ("1" * 40, 36), ("z" * 30, 36), ("- 5", 10), ("++5", 10), ("1 2", 10),
                 ("\u0661\u0662\u0663" * 10, 10), ("\uff11" * 25, 10), ("9" * 30, 1), ("9" * 30, 37),
                 ("123456789012345678901234567890", 8), ("0o777777777777777777777777777", 0),
                 ("0x" + "f" * 40, 16), ("0X" + "F" * 40, 0), ("0b" + "1" * 70, 2), ("18446744073709551616", 10),
                 ("-9223372036854775808", 10), ("-9223372036854775809", 10), ("9223372036854775808", 10),
                 ("x" * 300, 10)]:
        cases.append((t, b))
    for text, base in cases:
        try:
            r = HX(int(text, base))
        except ValueError as e:
            r = err(e)
        out.append("parse\t%s\t%d\t%s" % (SI(text), base, r))
    for segs, base in [((("1", 4300),), 10), ((("1", 4301),), 10), ((("1", 4301), ("x", 1)), 10),
                       ((("1_", 4300), ("1", 1)), 10), ((("1", 4301), ("__1", 1)), 10), ((("f", 5000),), 16),
                       ((("7", 5000),), 8), ((("1", 4301),), 36), ((("0", 1), ("1", 4301)), 0),
                       ((("0", 4301),), 0), (((" -", 1), ("1", 4301), (" ", 1)), 10), ((("12", 2150),), 10),
                       ((("0x", 1), ("Ab", 3000)), 0), ((("1", 4000), ("_", 1), ("1", 301)), 10)]:
        text = "".join(p * n for p, n in segs)
        try:
            r = HX(int(text, base))
        except ValueError as e:
            r = err(e)
        out.append("parse\t%s\t%d\t%s" % (SR(*segs), base, r))
    for tok in ["1" * 30, "1_000_000_000_000_000_000_000", "0x" + "f" * 30, "0o" + "7" * 30, "0b" + "1" * 80,
                "0" * 30, "0" * 25 + "1" * 25, "1__0", "0x_ff", "1" * 4300, "1" * 4301, "12" * 3000]:
        try:
            r = HX(eval(tok))
        except SyntaxError as e:
            r = "!ValueError: " + e.msg if "Exceeds" in e.msg else "!ValueError: invalid integer literal " + tok
        enc = SI(tok) if len(tok) < 200 else SR((tok[:2], len(tok) // 2)) if len(tok) % 2 == 0 else SR((tok[0], len(tok)))
        out.append("literal\t%s\t%s" % (enc, r))


def gen_float(out, n):
    vals = []
    for k in [53, 54, 55, 60, 64, 65, 100, 500, 1000, 1023]:
        base = 1 << k
        for d in [0, 1, 2, 3, -1, (1 << (k - 53)) if k > 53 else 0, (1 << (k - 54)) if k > 54 else 0,
                  ((1 << (k - 54)) + 1) if k > 54 else 0, (3 << (k - 54)) if k > 54 else 0]:
            vals += [base + d, -(base + d)]
    vals += [(1 << 1024) - 1, (1 << 1024) - (1 << 970), (1 << 1024) - (1 << 971), (1 << 1024) - (1 << 970) - 1,
             1 << 1024, (1 << 1023) * 3 // 2, -(1 << 1024), 1 << 2000]
    for _ in range(n):
        k = rnd.randint(54, 1030)
        v = rnd.getrandbits(k) | (1 << (k - 1))
        t = rnd.random()
        if t < 0.3:  # exact tie at the rounding position
            sh = k - 54
            if sh > 0:
                v = (v >> sh << sh) | (1 << (sh - 1)) if False else ((v >> (sh + 1)) << (sh + 1)) | (1 << sh)
        elif t < 0.5:
            v = operand()
        vals.append(v if rnd.random() < 0.5 else -v)
    for v in vals:
        try:
            r = repr(float(v))
        except OverflowError as e:
            r = err(e)
        out.append("todouble\t%s\t%s" % (H(v), r))
    floats = [0.0, -0.0, 0.5, -0.5, 0.9999, -0.9999, 1.5, -1.5, 1e15 + 0.5, 2.0**53, 2.0**63, -2.0**63,
              2.0**64, -2.0**64, 1e300, -1e300, 1.7976931348623157e308, 5e-324, float("inf"), float("-inf"),
              float("nan"), 123456789.987654321, 2.0**63 - 1024, 1e19, 1e20, 1e22, 1e23]
    for _ in range(n):
        floats.append(struct.unpack("<d", struct.pack("<Q", rnd.getrandbits(64)))[0])
        floats.append(rnd.uniform(-1e25, 1e25))
    for f in floats:
        try:
            r = HX(int(f))
        except (OverflowError, ValueError) as e:
            r = err(e)
        out.append("fromdouble\t%s\t%s" % (repr(f), r))
    # exact int/float comparisons
    for _ in range(n):
        a = operand()
        try:
            fa = float(a)
        except OverflowError:
            fa = float("inf")
        choices = [fa, math.nextafter(fa, math.inf), math.nextafter(fa, -math.inf), -fa, fa + 0.5, fa * 2,
                   float("nan"), float("inf"), float("-inf"), rnd.uniform(-1e30, 1e30), 0.0, -0.0, 0.5, -0.5]
        f = rnd.choice(choices)
        r = 2 if math.isnan(f) else (a > f) - (a < f)
        out.append("cmpd\t%s\t%s\t%d" % (H(a), repr(f), r))
    for a in [(1 << 53) + 1, -(1 << 53) - 1, (1 << 64) - 1, 1 << 64, (1 << 1024) - 1, 1 << 1024, 1 << 1100,
              -(1 << 1100), 0, 1, -1]:
        for f in [float((1 << 53)), float(1 << 53) + 2, 2.0**64, -2.0**64, 1.7976931348623157e308,
                  -1.7976931348623157e308, float("inf"), float("-inf"), 0.5, -0.5, 0.0]:
            out.append("cmpd\t%s\t%s\t%d" % (H(a), repr(f), (a > f) - (a < f)))


FILLS = ["", "", "", "*", "0", " ", "\u00e9", "_", ","]
ALIGNS = ["", "", "<", ">", "^", "="]
TYPES = ["", "", "d", "d", "n", "x", "X", "o", "b", "c", "e", "E", "f", "F", "g", "G", "%", "s", "z"]


def rand_spec():
    spec = ""
    al = rnd.choice(ALIGNS)
    if al:
        spec += rnd.choice(FILLS) + al
    spec += rnd.choice(["", "", "+", "-", " "])
    if rnd.random() < 0.05:
        spec += "z"
    if rnd.random() < 0.3:
        spec += "#"
    if rnd.random() < 0.25:
        spec += "0"
    if rnd.random() < 0.5:
        spec += str(rnd.choice([1, 5, 10, 20, 40, 60, 120]))
    spec += rnd.choice(["", "", "", ",", "_"])
    if rnd.random() < 0.1:
        spec += "." + str(rnd.randint(0, 25))
    spec += rnd.choice(TYPES)
    return spec


def gen_format(out, n):
    for _ in range(n):
        a = operand()
        if rnd.random() < 0.6 and abs(a) < (1 << 64):
            a = (rnd.getrandbits(rnd.randint(64, 130)) | (1 << 64)) * rnd.choice([1, -1])
        spec = rand_spec()
        try:
            r = S(format(a, spec))
        except (ValueError, OverflowError, TypeError) as e:
            r = err(e)
        out.append("format\t%s\t%s\t%s" % (H(a), SI(spec), r))
    for ea, a in [HP(2, 2000), HP(2, 2000, True), HP(10, 4300), HP(10, 4299), HP(10, 4299, True), HP(2, 1024),
                  HP(3, 2500), HP(7, 1000, True)]:
        for spec in ["", "d", ",", "x", "_x", "e", ".3g", "n", "c", "#b"]:
            try:
                r = S(format(a, spec))
            except (ValueError, OverflowError) as e:
                r = err(e)
            out.append("format\t%s\t%s\t%s" % (ea, SI(spec), r))


def gen_misc(out, n):
    for _ in range(n):
        a = operand()
        nd = rnd.choice([0, 1, -1, -2, -5, -9, -10, -18, -19, -20, -30, -40, -60, -200, rnd.randint(-70, 3)])
        out.append("round\t%s\t%d\t%s" % (H(a), nd, HX(round(a, nd))))
    for a, nd in [(15, -1), (25, -1), (-15, -1), (-25, -1), (5 * 10**30, -31), (15 * 10**30, -31),
                  (25 * 10**40, -41), (-25 * 10**40, -41), (10**50, -51), (5 * 10**50, -51), (10**50, -60),
                  (2**200, -1000)]:
        out.append("round\t%s\t%d\t%s" % (H(a), nd, HX(round(a, nd))))
    for _ in range(n):
        a, b = operand(), operand()
        out.append("gcd\t%s\t%s\t%s" % (H(a), H(b), HX(math.gcd(a, b))))
    for _ in range(n):
        a = operand()
        e = rnd.choice([0, 1, 2, rnd.randint(0, 1000), abs(rand_int(150)), -rnd.randint(1, 5), -abs(rand_int(100))])
        m = rnd.choice([1, -1, 2, 7, -7, 0, rand_int(130), rand_int(40), (1 << 61) - 1, -((1 << 89) - 1)])
        try:
            r = HX(pow(a, e, m))
        except ValueError as ex:
            r = err(ex)
        out.append("powmod\t%s\t%s\t%s\t%s" % (H(a), H(e), H(m), r))


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "unit", "bigint_cases")
    os.makedirs(outdir, exist_ok=True)
    groups = {
        "arith": (gen_arith, 100),
        "div": (gen_div, 110),
        "powshift": (gen_pow_shift, 120),
        "str": (gen_str, 100),
        "parse": (gen_parse, 160),
        "float": (gen_float, 50),
        "format": (gen_format, 250),
        "misc": (gen_misc, 60),
    }
    scale = int(sys.argv[2]) if len(sys.argv) > 2 else 1  # larger local stress runs
    if len(sys.argv) > 3:
        rnd.seed(int(sys.argv[3]))
    for name, (fn, n) in groups.items():
        out = []
        fn(out, n * scale)
        with open(os.path.join(outdir, name + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
