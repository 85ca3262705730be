#!/usr/bin/env python3
"""Generate expectations for tests/unit/pylib_test.cpp with CPython 3.11 (the oracle).

Usage: python3 tests/tools/gen_pylib_cases.py
Writes tests/unit/pylib_cases/*.txt. Deterministic (fixed seeds).

Line format: fields separated by TAB; inside a field backslash escapes
\\\\ \\t \\n \\r and \\xHH (other control characters). Floats are given as repr() (exact through
strtod; "-nan" for a NaN with the sign bit), except the float_repr inputs,
which are 16 hex digits of the IEEE bits. A result "!Name: message" is an expected error.
"""
import math
import os
import random
import struct
import sys
import time

assert sys.version_info[:3] == (3, 11, 7), "the oracle is CPython 3.11.7"

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "unit", "pylib_cases")


def esc(s):
    s = str(s)
    r = []
    for ch in s:
        o = ord(ch)
        if ch == "\\":
            r.append("\\\\")
        elif ch == "\t":
            r.append("\\t")
        elif ch == "\n":
            r.append("\\n")
        elif ch == "\r":
            r.append("\\r")
        elif o < 0x20 or o == 0x7F:
            r.append("\\x%02x" % o)
        else:
            r.append(ch)
    return "".join(r)


def fbits(x):
    """A float field: repr(x) (round-trips exactly through strtod); a NaN with
    the sign bit set is written '-nan'."""
    if x != x and math.copysign(1.0, x) < 0:
        return "-nan"
    return repr(x)


def bitsf(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def run(f):
    try:
        v = f()
    except Exception as e:  # noqa: BLE001
        name = type(e).__name__
        return "!%s: %s" % (name, e)
    return v


def write(name, lines):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for fields in lines:
            fh.write("\t".join(esc(x) for x in fields) + "\n")
    print("%-24s %6d lines %8d bytes" % (name, len(lines), os.path.getsize(path)))


INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1


def fits(v):
    return isinstance(v, int) and INT64_MIN <= v <= INT64_MAX


def interesting_floats(rng, nrandom):
    xs = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 100.0, 1e16, 1e15, 9999999999999998.0,
          1e16 - 2, 1e17, 1e-4, 1e-5, 0.0001, 0.00001, 1.5e-7, 123456789.0, 1e22, 1e23, 5e-324,
          2.2250738585072014e-308, 1.7976931348623157e308, float("inf"), float("-inf"), float("nan"),
          -float("nan"), 2.675, 2.5, 0.5, 1.5, -0.5, -1.5, -2.5, 0.125, 0.375, 1e-7, 12345.6789,
          float(2**53), float(2**53 + 2), float(2**63), float(-2**63), 3.14159, 2.718281828459045,
          1234567.0, 0.05, 0.15, 0.25, 0.35, 1e300, 1e-300, 4.35, 0.045, 1.005, 99.995, 0.995,
          9.5, 10.5, 999999.5, 1e6, 1.23e-10, 6.02e23]
    for e in range(-25, 26):
        xs.append(10.0 ** e)
        xs.append(1.5 * 10.0 ** e)
    for _ in range(nrandom):  # random bit patterns (finite)
        while True:
            x = bitsf(rng.getrandbits(64))
            if math.isfinite(x):
                break
        xs.append(x)
    for _ in range(nrandom):  # "human" decimals
        digits = rng.randint(1, 17)
        m = rng.randint(0, 10 ** digits)
        e = rng.randint(-20, 20)
        xs.append(float("%de%d" % (m, e)) * rng.choice([1, -1]))
    for _ in range(nrandom // 4):
        xs.append(rng.uniform(-1000, 1000))
        xs.append(round(rng.uniform(-100, 100), rng.randint(0, 4)))
    return xs


def gen_float_repr(rng):
    lines = []
    for x in interesting_floats(rng, 600):
        lines.append(("%016x" % struct.unpack("<Q", struct.pack("<d", x))[0], repr(x)))
    write("float_repr.txt", lines)


def gen_parse(rng):
    lines = []
    int_inputs = [" 12 ", "1_000", "_1", "1__0", "1_", "0x1f", "0x_1f", "010", "000", "+ 1", "-0", "0b",
                  "\u00a012\u3000", "0o17", "0O17", "0b101", "0B1_0", "9223372036854775807",
                  "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "",
                  " ", "+", "-", "1e5", "1.0", "12a", "ff", "FF", "z", "0x", "0_0", "0_7", "00_0",
                  "99999999999999999999999", "\t-42\n", "x" * 250, "é", "1 2", "--1", "+-1"]
    for s in int_inputs:
        for base in (10, 0, 16, 2, 8, 36):
            r = run(lambda: int(s, base))
            if isinstance(r, int) and not fits(r):
                r = "!OverflowError: integer overflow"
            lines.append(("int", s, str(base), str(r)))
    float_inputs = ["1_000.5", "1e1_0", ".5", "5.", "inf", "-Infinity", "+nan", "1e", "in f", "1_.5",
                    "1._5", "0x10", "  3.5\n", "1E5", "-.e1", "1e+5_0", "nAn", "-iNF", "infinity ",
                    "infinit", "", " ", ".", "e5", "1e400", "-1e400", "1e-400", "0.1", "-0",
                    "1.7976931348623157e308", "2.2250738585072014e-308", "4.9e-324", "2e-324",
                    "123456789012345678901234567890", "0.30000000000000004", "1__0", "_1", "1_",
                    "+1.5", "--1", "1.5.5", "١٢", "\u00a01.5", "x" * 250]
    for s in float_inputs:
        r = run(lambda: float(s))
        lines.append(("float", s, "", repr(r) if isinstance(r, float) else r))
    for _ in range(300):
        x = bitsf(rng.getrandbits(64))
        if not math.isfinite(x):
            continue
        s = repr(x)
        lines.append(("float", s, "", repr(float(s))))
        s2 = "%.*e" % (rng.randint(0, 25), x)
        lines.append(("float", s2, "", repr(float(s2))))
    write("parse.txt", lines)


def gen_arith(rng):
    lines = []
    ints = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 12345, -12345, 2**31, -(2**31), 2**32, 2**53, 2**53 + 1,
            -(2**53) - 1, 2**62, -(2**62), INT64_MAX, INT64_MIN, INT64_MAX - 1, INT64_MIN + 1, 3037000499,
            3037000500, 10**18, -(10**18)]
    for _ in range(150):
        ints.append(rng.randint(-(2**rng.randint(1, 63)), 2**rng.randint(1, 63) - 1))

    def iv(r):
        if isinstance(r, str):
            return r
        if isinstance(r, bool):
            return str(r)
        if isinstance(r, int):
            return str(r) if fits(r) else "!OverflowError: integer overflow"
        return repr(r)

    ops = {
        "add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
        "floordiv": lambda a, b: a // b, "mod": lambda a, b: a % b, "truediv": lambda a, b: a / b,
    }
    pairs = [(a, b) for a in ints[:29:3] for b in ints[:29:3]] + [(a, b) for a in ints[1:29:3] for b in ints[2:29:3]]
    for _ in range(100):
        pairs.append((rng.choice(ints), rng.choice(ints)))
    for a, b in pairs:
        for name, f in ops.items():
            lines.append(("i" + name, str(a), str(b), iv(run(lambda: f(a, b)))))
    for a in [0, 1, -1, 2, -2, -3, 10, 7, 3037000499, -3037000500]:
        for b in list(range(-3, 66)) + [100]:
            if abs(a) > 1 and b > 64:
                continue
            lines.append(("ipow", str(a), str(b), iv(run(lambda: a ** b))))
            lines.append(("lshift", str(a), str(b), iv(run(lambda: a << b))))
            lines.append(("rshift", str(a), str(b), iv(run(lambda: a >> b))))
    for a in ints[:45]:
        for n in [-1, -2, -3, -5, -10, -18, -19, -20, 0, 2]:
            lines.append(("iround", str(a), str(n), iv(run(lambda: round(a, n)))))
    for v in [5, 15, 25, 35, 45, -5, -15, -25, 150, 250, 350, -250, 9223372036854775807, -9223372036854775808,
              9223372036854775000, 4999, 5000, 5001]:
        for n in [-1, -2, -3, -4, -19, -20]:
            lines.append(("iround", str(v), str(n), iv(run(lambda: round(v, n)))))

    fl = interesting_floats(rng, 8)
    fops = {
        "ftruediv": lambda a, b: a / b, "ffloordiv": lambda a, b: a // b, "fmod": lambda a, b: a % b,
        "fpow": lambda a, b: a ** b,
        "fdivmod": lambda a, b: "%r,%r" % divmod(a, b),
    }
    small = [0.0, -0.0, 1.0, -1.0, 2.0, 0.5, -0.5, 3.0, 1e300, 1e-300,
             float("inf"), float("-inf"), float("nan"), -7.0, 2.5, 3.7, -3.7]
    fpairs = [(a, b) for a in small for b in small]
    for _ in range(100):
        fpairs.append((rng.choice(fl), rng.choice(fl)))
    for a, b in fpairs:
        for name, f in fops.items():
            r = run(lambda: f(a, b))
            if isinstance(r, complex):
                r = "!TypeError: complex results are not supported"
            lines.append((name, fbits(a), fbits(b), r if isinstance(r, str) else repr(r)))
    for x in fl[:40] + fl[-40:] + [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 4.5, 1e19, -1e19, 9.2233720368547758e18, -9.2233720368547758e18,
                   2.675, 0.125, 0.375, 1e-320]:
        lines.append(("round", fbits(x), "", iv(run(lambda: round(x)))))
        lines.append(("trunc", fbits(x), "", iv(run(lambda: int(x)))))
        for n in ([0, 1, 2, 3, 5, 10, 17, 22, 308, 323, 324, -1, -2, -5, -10, -100, -308, -309] if abs(x) > 1e-3 or x == 0
                  else [0, 1, 2, 5, 10, 17, 22, 308, 323, 324, -1]):
            r = run(lambda: round(x, n))
            lines.append(("roundn", fbits(x), str(n), r if isinstance(r, str) else repr(r)))
    # exact comparisons int vs float
    cmp_ints = [0, 1, -1, 2**53, 2**53 + 1, 2**53 - 1, -(2**53) - 1, INT64_MAX, INT64_MIN, 2**62, 3, -3]
    cmp_fl = [0.0, -0.0, 1.0, 0.5, -0.5, float(2**53), float(2**53 + 2), 9007199254740992.0, float(2**63),
              -float(2**63), float("inf"), float("-inf"), float("nan"), 3.0000000000000004, 2.9999999999999996,
              -3.0, 1e300, 4.611686018427388e18]
    for a in cmp_ints:
        for b in cmp_fl:
            r = "nan" if b != b else (-1 if a < b else 1 if a > b else 0)
            lines.append(("cmp", str(a), fbits(b), str(r)))
    write("arith.txt", lines)


FLOAT_SPECS = ["", "f", ".2f", ".0f", ".1f", ".10f", ".20f", "e", ".3e", ".0e", "E", "g", ".3g", ".0g", ".1g",
               ".10g", ".17g", "G", "%", ".1%", ".0%", "n", ".3n", ".2", ".5", ".0", ".1", ".16", ".17", "10", "<10",
               ">10", "^10", "=10", "*^12", "+", "-", " ", "+.2f", " .2f", "010.2f", "010", "08.3e", ",", ",.2f",
               "_.2f", "_", "15,.3f", "020,.2f", "020_.1f", "#", "#.0f", "#.0e", "#g", "#.3g", "#.0", "z", "z.1f",
               "z.0f", "+z.2f", "zf", "z.2e", "z.3g", "-010.3f", "+012,.2f", "x>+15.4e", "é^9", "0<10", "0>10",
               "0^10", "0=10", "<010", "=+10.1f", ".2f%", "d", "x", "s", "c", "b", ".", "10,,", ",_", "_,",
               "12345678901234567890123", ".1234567890123456789012", "n,", ",n", ",e", "_g", "_%", ",.0%",
               "0.0", ".2F", "F", ".3E", ".4G", "+.0%", "#.1%", " 010", "-^10", "+#10.0f", "1000.2f", ".50f",
               ".30e", ".30g", "3.2", "#010.2"]

INT_SPECS = ["", "d", "5", "<5", ">5", "^5", "=5", "05", "+", "-", " ", "+5", "x", "X", "#x", "#X", "o", "#o",
             "b", "#b", "c", "n", ",", "_", ",d", "_x", "_b", "_o", "#_x", "#012_x", "#012x", "012,", "010,",
             "09,", "06,", "+08,d", "e", ".2e", "f", ".2f", "g", "%", ".1%", "G", "E", "F", ".2", ".2d", "z",
             "zd", "+c", "#c", ",c", ",x", ",b", "s", "r", "a", "é", ",é", "*^+#12_x", "0=+10", " #o", "-#b",
             "=^10", "0^9", "0<9", "x<#8X", "10,,", "_,", ",_", ",.2f", "z.2f", "n,", "#n", "08", "+08x", "+#08x",
             " 08b", "020_b", "#020_b", "012_o", ".0f", ".0e", "10.3e", "0>5", "\u00e9>7", "😀^9d", "+n", "012n"]

STR_SPECS = ["", "s", "5", "<5", ">5", "^5", "^6", "*^7", ".2", ".0", "10.3", "x>10.1s", "05", "0>5", "0=5", "=5",
             "+", "-", " ", "#", "z", "d", ",", "_", "^", "é^9", "😀<4", ".100", "010.2", "x<", "c", "r", "<05",
             ",s", "5s", "-5"]


def gen_format(rng):
    lines = []
    fl = interesting_floats(rng, 30)
    core = [0.0, -0.0, 1.0, -1.0, 0.1, 100.0, 1e16, 1e-5, 1.5e-7, 123456789.0, 5e-324, 1.7976931348623157e308,
            float("inf"), float("-inf"), float("nan"), 2.675, 0.5, 1.5, -2.5, 0.125, 12345.6789, 1234567.0, 0.05,
            1e22, 9.5, 999999.5, -0.0004, 3.14159]
    core = core[::2] + [1e16, 0.05, 9.5, 1.5]
    for spec in FLOAT_SPECS:
        for x in core + rng.sample(fl, 3):
            r = run(lambda: format(x, spec))
            lines.append(("float", spec, fbits(x), r))
    for _ in range(400):
        x = rng.choice(fl)
        spec = rng.choice(["", "+", " ", "-"]) + rng.choice(["", "z"]) + rng.choice(["", "#"]) + \
            rng.choice(["", "0", "08", "12", "20", "<15", ">15", "^15", "=15", "*>14", "0>11"]) + \
            rng.choice(["", ",", "_"]) + rng.choice(["", ".0", ".1", ".3", ".6", ".12", ".17"]) + \
            rng.choice(["", "e", "E", "f", "F", "g", "G", "%", "n"])
        lines.append(("float", spec, fbits(x), run(lambda: format(x, spec))))
    ints = [0, 1, -1, 7, -7, 42, 255, -255, 1000, -1000, 65, 0x1F600, 0x10FFFF, 0x110000, 1234567, -1234567,
            2**31, 10**15, 2**53 + 1, INT64_MAX, INT64_MIN, 10**18, 999, 9999, 123456789]
    for spec in INT_SPECS:
        for v in ints:
            lines.append(("int", spec, str(v), run(lambda: format(v, spec))))
    for _ in range(600):
        v = rng.choice(ints + [rng.randint(-10**6, 10**6)])
        spec = rng.choice(["", "+", " ", "-"]) + rng.choice(["", "#"]) + \
            rng.choice(["", "0", "08", "12", "<15", ">15", "^15", "=15", "*>14", "0>11", "x^13"]) + \
            rng.choice(["", ",", "_"]) + rng.choice(["d", "x", "X", "o", "b", "", "n", "e", "f", "%"])
        lines.append(("int", spec, str(v), run(lambda: format(v, spec))))
    for spec in ["", "d", "5", ">5", "s", "x", ".2f", "05", "^7", "+", "c", "%", "#b"]:
        for v in (True, False):
            lines.append(("bool", spec, str(v), run(lambda: format(v, spec))))
    for spec in ["", "s", "5", ">4"]:
        lines.append(("none", spec, "None", run(lambda: format(None, spec))))
    strs = ["", "a", "abc", "hello world", "é", "日本語", "😀x", "a\tb", "longer string here"]
    for spec in STR_SPECS:
        for s in strs:
            lines.append(("str", spec, s, run(lambda: format(s, spec))))
    write("format.txt", lines)


def arg_code(a):
    if isinstance(a, bool):
        return "b:" + ("1" if a else "0")
    if isinstance(a, int) and not fits(a):
        return "B:%d" % a
    if isinstance(a, int):
        return "i:%d" % a
    if isinstance(a, float):
        return "f:" + fbits(a)
    if isinstance(a, str):
        return "s:" + a
    if a is None:
        return "n:"
    raise TypeError(a)


def gen_percent(rng):
    lines = []
    vals = [0, -42, 255, 3.7, -3.7, 1e16, 1e-5, -0.0, float("inf"), float("nan"), True, "abc", "é日", "it's",
            None, INT64_MIN]
    convs = ["d", "i", "u", "o", "x", "X", "e", "E", "f", "F", "g", "G", "s", "r", "a", "c"]
    mods = ["", "5", "-5", "05", "+", " ", "#", "+05", "-+8", ".2", ".0", "10.3", "#05", "-#8", "0-6", " 07",
            "*", ".*", "-*.*"]
    for c in convs:
        for m in mods:
            for v in vals:
                fmt = "%" + m + c
                stars = m.count("*")
                args = tuple([7, 3][:stars]) + (v,)
                r = run(lambda: fmt % args)
                lines.append((r, fmt) + tuple(arg_code(a) for a in args))
    extra = [("%d %s %.2f %5.1f %r %%", (1, "x", 3.14159, 2.25, "q")), ("%s", ()), ("%s %s", (1,)),
             ("%s", (1, 2)), ("abc", (1,)), ("abc", ()), ("%", ()), ("%5", (1,)), ("%-", (1,)), ("%y", (1,)),
             ("é%y", (1,)), ("%(a)s", (1,)), ("%5%|", (1,)), ("%5%|", ()), ("%%", ()), ("%.", (1,)),
             ("%ld %hd %Lf", (1, 2, 3.5)), ("%c", ("ab",)), ("%c", (1.5,)), ("%c", (1114112,)), ("%c", (-1,)),
             ("%c", ("é",)), ("%x", (1.5,)), ("%d", ("a",)), ("%f", ("a",)), ("%d", (None,)), ("%d", (float("inf"),)),
             ("%d", (float("nan"),)), ("%d", (1e30,)), ("%i", (-1.5e300,)), ("%*d", ("a", 1)), ("%.*f", (2, 3.14159)),
             ("%-*d|", (-5, 3)), ("%*d|", (-5, 3)), ("%.*s", (-1, "abc")), ("%s and %r", ("a'b", 'a"b')),
             ("%r", ("a'b\"c",)), ("%5.2s|", ("abc",)), ("%+s", ("a",)), ("%05s", ("a",)), ("%o", (-8,)),
             ("%#o", (0,)), ("%#x", (0,)), ("%.0d", (0,)), ("%#.3x", (5,)), ("%+#08X", (-255,)), ("%08.3f", (-3.14159,)),
             ("%-08.3f|", (3.14159,)), ("%+.3e", (12345.678,)), ("%#.3g", (1.0,)), ("%g", (100.0,)), ("%g", (1e-5,)),
             ("%.3g", (1234567.0,)), ("%#g", (0.0,)), ("%E", (float("inf"),)), ("%F", (float("nan"),)), ("%s", (-0.0,)),
             ("%i%%", (50,)), ("%3c|", ("x",)), ("%-3c|", (65,)), ("%a", ("é\n",)), ("%.1a", ("é",))]
    for v in (2**64, -(2**100) - 12345, 10**30 + 7, 2**63, 16**40 - 1, -(8**30), 10**60 + 1):
        for fmt in ("%d", "%i", "%u", "%x", "%X", "%o", "%#x", "%#o", "%+.3d", "%050d", "%-30x|", "%s", "%r", "%f",
                    "%.3e", "%g", "%c", "%a"):
            extra.append((fmt, (v,)))
    for fmt, args in extra:
        r = run(lambda: fmt % args)
        lines.append((r, fmt) + tuple(arg_code(a) for a in args))
    write("percent.txt", lines)


def gen_repr(rng):
    lines = []
    strs = ["", "a", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there", "nl\n", "cr\r", "\x00\x01\x1f",
            "\x7f", "\x80\x9f\xa0", "\xad", "é", "ü", "日本語", "😀", "👍🏽", "\u200b", "\u2028", "\ufeff", "\U000e0001",
            "\ud7ff", "\ue000", "\uffff", "\U0010ffff", "\U0001f600\U0001f64f", "a\u0301", "\u00a0", "\u3000", "\u1680",
            "\x85", "Ω≈ç√∫", "\U00020000", "\U0003134a", "\U0003134b", "e\u0300\u0301"]
    for s in strs:
        lines.append((s, repr(s)))
    for _ in range(600):
        n = rng.randint(1, 6)
        cps = []
        for _ in range(n):
            r = rng.random()
            if r < 0.3:
                c = rng.randint(0, 0x7F)
            elif r < 0.6:
                c = rng.randint(0x80, 0x7FF)
            elif r < 0.85:
                c = rng.randint(0x800, 0xFFFF)
            else:
                c = rng.randint(0x10000, 0x10FFFF)
            if 0xD800 <= c <= 0xDFFF:
                c = 0x41
            cps.append(chr(c))
        s = "".join(cps)
        lines.append((s, repr(s)))
    write("repr.txt", lines)


def gen_random(rng):
    lines = []
    seeds = [0, 1, 42, 12345, -7, 2**32 + 5, 2**31, 2**63 - 1, -(2**63), 987654321987]
    for seed in seeds:
        r = random.Random(seed)
        lines.append(("seed", str(seed)))
        plan = random.Random(seed ^ 0x5EED)
        for _ in range(250):
            op = plan.choice(["random", "random", "getrandbits", "randrange1", "randrange", "randint", "choice",
                              "shuffle", "uniform", "expovariate", "gauss", "gauss", "normalvariate", "sample",
                              "triangular"])
            if op == "random":
                lines.append((op, repr(r.random())))
            elif op == "getrandbits":
                k = plan.choice([0, 1, 5, 31, 32, 33, 53, 63, 64])
                lines.append((op, str(k), str(r.getrandbits(k))))
            elif op == "randrange1":
                n = plan.choice([1, 2, 3, 10, 100, 1000, 2**31, 2**32 + 1, 2**62, 10**18])
                lines.append((op, str(n), str(r.randrange(n))))
            elif op == "randrange":
                a = plan.randint(-1000, 1000)
                b = a + plan.randint(1, 5000)
                step = plan.choice([1, 2, 3, 7, -1, -3])
                if step < 0:
                    a, b = b, a
                lines.append((op, str(a), str(b), str(step), str(r.randrange(a, b, step))))
            elif op == "randint":
                a = plan.randint(-100, 100)
                b = a + plan.choice([0, 1, 5, 99, 1000, 2**40])
                lines.append((op, str(a), str(b), str(r.randint(a, b))))
            elif op == "choice":
                n = plan.randint(1, 50)
                lines.append((op, str(n), str(r.choice(range(n)))))
            elif op == "shuffle":
                n = plan.randint(0, 20)
                x = list(range(n))
                r.shuffle(x)
                lines.append((op, str(n), ",".join(map(str, x))))
            elif op == "sample":
                n = plan.choice([5, 10, 30, 100, 1000])
                k = plan.randint(0, min(n, 40))
                lines.append((op, str(n), str(k), ",".join(map(str, r.sample(range(n), k)))))
            elif op == "uniform":
                a = plan.choice([0.0, 1.0, -5.0, 2.5])
                b = plan.choice([1.0, 10.0, 0.001, 3.0])
                lines.append((op, repr(a), repr(b), repr(r.uniform(a, b))))
            elif op == "expovariate":
                lam = plan.choice([1.0, 0.5, 2.0, 10.0, 0.1])
                lines.append((op, repr(lam), repr(r.expovariate(lam))))
            elif op == "gauss":
                mu = plan.choice([0.0, 1.0, 100.0])
                sigma = plan.choice([1.0, 0.5, 15.0])
                lines.append((op, repr(mu), repr(sigma), repr(r.gauss(mu, sigma))))
            elif op == "normalvariate":
                mu = plan.choice([0.0, 1.0, 100.0])
                sigma = plan.choice([1.0, 0.5, 15.0])
                lines.append((op, repr(mu), repr(sigma), repr(r.normalvariate(mu, sigma))))
            elif op == "triangular":
                lines.append((op, repr(r.triangular(1.0, 3.0))))
    # long runs of random() for a couple of seeds (crosses many MT reloads)
    for seed in (3, 2024):
        r = random.Random(seed)
        lines.append(("seed", str(seed)))
        for _ in range(300):
            lines.append(("random", repr(r.random())))
    # seeds beyond int64, given as 32-bit words of abs(seed), least significant first
    for seed in (2**64 + 3, 2**100, -(2**70 + 5), 2**96 - 1):
        r = random.Random(seed)
        n = abs(seed)
        words = []
        while n:
            words.append(n & 0xFFFFFFFF)
            n >>= 32
        lines.append(("seedw", ",".join(map(str, words))))
        for _ in range(5):
            lines.append(("random", repr(r.random())))
        lines.append(("gauss", "0.0", "1.0", repr(r.gauss(0.0, 1.0))))
        lines.append(("randrange1", "1000", str(r.randrange(1000))))
    # str seeds (version 2: sha512)
    for seed in ("hello", "", "é😀", "a" * 200, "turnstile-seed-0123456789" * 5):
        r = random.Random(seed)
        lines.append(("seeds", seed))
        for _ in range(3):
            lines.append(("random", repr(r.random())))
        lines.append(("randrange1", "1000", str(r.randrange(1000))))
    # float seeds (hash(x)) and the less common distributions
    for seed in (3.5, -2.25, 1e300, 2.0, 0.1, float("inf"), -0.0):
        r = random.Random(seed)
        lines.append(("seedf", fbits(seed)))
        lines.append(("random", repr(r.random())))
        lines.append(("lognormvariate", "1.0", "0.5", repr(r.lognormvariate(1.0, 0.5))))
        lines.append(("paretovariate", "2.5", repr(r.paretovariate(2.5))))
        lines.append(("weibullvariate", "1.5", "2.0", repr(r.weibullvariate(1.5, 2.0))))
        lines.append(("choices", "7", "", "5", ",".join(map(str, r.choices(range(7), k=5)))))
        w = [1, 2.5, 0, 7]
        lines.append(("choices", "4", ",".join(map(repr, w)), "6", ",".join(map(str, r.choices(range(4), w, k=6)))))
        lines.append(("choices", "3", "1.0,2.0", "1", run(lambda: r.choices(range(3), [1.0, 2.0]))))
        lines.append(("choices", "2", "0.0,0.0", "1", run(lambda: r.choices(range(2), [0.0, 0.0]))))
    # error messages
    r = random.Random(0)
    for args in [(0,), (-5,), (5, 5), (5, 3), (1, 10, 0), (10, 1, 1), (1, 10, -1)]:
        lines.append(("randrange_err",) + tuple(map(str, args)) + (run(lambda: r.randrange(*args)),))
    write("random.txt", lines)


def gen_time(rng):
    lines = []
    fmts = ["%a %A %b %B %h", "%c|%x|%X|%D|%T|%R|%r", "%C %y %Y %G %g %V %U %W %u %w %j", "%e|%k|%l|%I|%p|%P",
            "%-d %-H %_d %_H %05Y %10A %^a %^B %#a %#p %Ey %Od %-j %3d", "%%|%n|%t|%Q|%", "%H:%M:%S", "%Y-%m-%d %H:%M:%S",
            "%z %Z %s", "%F", "%E", "%5", "%-", "[%I:%M %p]", "%#Z %^Z %8Z", "%-m/%-d/%y", "%010s", "%_5M|%-5M|%05M"]
    times = [0, 1, 59, 60, 3599, 3600, 43199, 43200, 86399, 86400, 951782400, 1e9, 1700000000, 4102444800,
             -1, -86400, 1234567890, 946684799, 946684800, 1609459199, 1609459200]
    for _ in range(40):
        times.append(rng.randint(0, 5 * 10**9))
    for t in times:
        for f in fmts:
            lines.append((str(int(t)), f, time.strftime(f, time.gmtime(t))))
        g = time.gmtime(t)
        lines.append((str(int(t)), "gmtime", "%d %d %d %d %d %d %d %d" % tuple(g[:8])))
    write("strftime.txt", lines)


def main():
    os.makedirs(OUT, exist_ok=True)
    gen_float_repr(random.Random(1))
    gen_parse(random.Random(2))
    gen_arith(random.Random(3))
    gen_format(random.Random(4))
    gen_percent(random.Random(5))
    gen_repr(random.Random(6))
    gen_random(random.Random(7))
    gen_time(random.Random(8))


if __name__ == "__main__":
    main()
