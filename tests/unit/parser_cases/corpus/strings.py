a = 'hello'
b = "it's"
c = 'say "hi"'
d = '\n\t\\\'\"\r\0\x41\u00e9\U0001F600\101\a\b\f\v'
e = r'\n\d' R"raw\""
e2 = rb'\x00' Rb"x" bR'y' BR'z'
f = b'bytes\x00\xff' B"X"
g = u'unicode' U"x"
h = 'unknown \d escape \q'
i = """triple
quoted "with" quotes
"""
j = '''single ''triple'' '''
k = 'line \
continued'
l = "é ü 漢字 😀"
m = f"plain"
n = f"{x}"
o = f"a{x}b{y}c"
p = f"{x!r} {x!s} {x!a}"
q = f"{x:>10} {x:.2f} {x:{w}.{p}} {x!r:^{w}}"
r = f"{{}} {{x}} }} {{"
s = f"{x=}" f"{x = }" f"{x=!s}" f"{x=:>5}" f"{a.b()=}"
u = f'''{
x +
y}'''
v = 'a' f'{b}' 'c' f'd' 'e'
w = F"{x}" fR"{x}\n" Rf'\d{y}' rf"{z}"
x2 = f"{x:}" f"{x!r:}"
y2 = f"{a[1]:{b[2]}}" f"{d['k']}" f"{ {'a': 1}['a'] }"
z2 = f"{x, y}" f"{x for x in y}" f"{(yield)}"
aa = f"{3 != 4}" f"{a <= b}" f"{a == b}" f"{a < b}"
bb = f"\n{x}\t" f"\x41{y}" f"{x}\u00e9"
cc = f"" "" f"{x}" ""
ee = f"{x:{'a'}}"
ff = f"{x:{y}{z}}"
gg = f'{"é"} {é}'
hh = "" ""
