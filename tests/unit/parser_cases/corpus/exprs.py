x = 1 + 2 * 3 - 4 / 5 // 6 % 7 @ m
y = -2 ** -3 ** 2
z = ~a | b ^ c & d << 2 >> 1
w = not a == b and c or d and not e
v = a < b <= c > d >= e == f != g in h not in i is j is not k
u = a if b else c if d else e
t = lambda: 0
t2 = lambda a, b=1, *c, d, e=2, **f: (a, b, c)
t3 = lambda *, k: k
t4 = lambda a, /, b: a
s = a.b.c(1)[2].d
s2 = f(1, 2, *a, k=3, *b, **c, m=4)
s3 = f(x for x in y)
s4 = f(*a)(b)[c:d:e][::][1:][:2][::3]
s5 = a[1, 2], a[1:2, ::3], a[(1, 2)], a[1,]
s6 = [], [1], [1, 2,], [*a, *b, 3]
s7 = (), (1,), (1, 2), (*a, 1)
s8 = {}, {1}, {1, 2}, {*a, 1}, {1: 2}, {1: 2, **d, 3: 4}, {**a}
s9 = [i for i in a], [i for i in a if i if not i for j in b if j]
s10 = {i for i in a}, {k: v for k, v in d.items()}, (i for i in a)
s11 = [(i, j) for i, j in zip(a, b)]
s12 = [x async for x in aiter()]
n = 0, 1, 0x1f, 0o17, 0b101, 1_000_000, 0xdead_beef, 9223372036854775807, 00, 0_0
fl = 1.5, 1., .5, 1e3, 1E-3, 1.5e+10, 1_0.5_0, 0.1, 1e400, 3.14159265358979323846, 0e0, 00.5
e = ...
b = True, False, None
aw = await x
cmp = (a < b) < c
par = (a)
nested = ((((1))))
neg = -1, +1, --1, -(1), - - 1
pw = 2 ** 3 ** 4, (-2) ** 2, a.b ** c[d]
named = (y := 3), [z := 1, z], f(q := 2)
cond = [x for x in range(10) if (w := x)]
sl = a[b:=1]
tern = (lambda: 1) if a else (lambda: 2)
str_cat = 'a' "b" '''c''' """d"""
big = 9223372036854775808, 0xffff_ffff_ffff_ffff_ff, 0b1111111111111111111111111111111111111111111111111111111111111111, 1_000_000_000_000_000_000_000, 0o7777777777777777777777777, -9223372036854775808
