# expect: ok
# NaN: x == x is False but `in`, list == and count use identity first.
x = float("nan")
l = [x]
print(x == x, x in l, l == [x], l.count(x), l.index(x), (x,) == (x,))
print(float("nan") in [float("nan")], [float("nan")] == [float("nan")])
