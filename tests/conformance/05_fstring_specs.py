# pins: f-strings and the format-spec mini-language (.2f, >5, !r, ",", 08.3f, ^10, .1%, e, g, x, b, +)
x = 3.14159
n = 42
v = "text"
big = 1234567.891
p = 0.4567
s = "mid"
print(f"{x:.2f}|{n:>5}|{v!r}|{big:,}|{x:08.3f}|{s:^10}|{p:.1%}")
print(f"{n:<5}|{n:^7}|{n:05d}|{n:+d}|{-n:+d}|{n: d}|{n:x}|{n:X}|{n:o}|{n:b}|{n:#x}|{n:#b}")
print(f"{x:e}|{x:.3e}|{big:g}|{1e-7:g}|{1e20:g}|{x:.0f}|{2.5:.0f}|{3.5:.0f}|{x:10.4f}|{x:<10.1f}|")
print(f"{1234567:,}|{1234567.0:,.2f}|{0.5:%}|{1:.0%}|{-0.0:.1f}|{float('inf'):.2f}|{float('nan')}")
print(f"{v:>8}|{v:<8}|{v:*^9}|{v:.2}|{v!s}|{n!r}|{x!r}|{[1, 'a']!r}")
print(f"{{literal}} {n * 2} {v.upper()} {len(v)} {'nested'} {n if n > 10 else 0}")
print(f"{None}|{True}|{False:>6}|{(1, 2)}|{ {'k': 1} }")
print(f"{n:,d}|{10**10:,}|{-big:,.1f}|{255:08b}|{7:>+4}|{-7:06}|{7.0:+8.2f}|{-2.5:09.2f}")
print(f"{0.1:.20f}|{1/3:.15g}|{100.0:g}|{123456789.0:.3g}|{0.000012345:.2e}")
print(f"{'a'}{'b'}" f"{'c'}", f"{x}", f"{1e16}", f"{1e-05}", f"{-0.0}")
print(f"{n / 7:.3f} {n // 5:>3d} {x * 2:.1f}% {'-' * 3}")
