# NaN never equals itself, but containers compare by identity first:
# `in`, list/tuple ==, count, index, and set and dict lookups.
import math

x = float("nan")
l = [x]
print(x == x, x != x, x is x, x in l, l == [x], l.count(x), l.index(x), (x,) == (x,))
print(float("nan") in [float("nan")], [float("nan")] == [float("nan")], float("nan") is float("nan"))
s = {x, x, float("nan"), float("nan")}
d = {x: 1}
print(len(s), x in s, float("nan") in s, d.get(x), d.get(float("nan")))
print(math.nan in [math.nan], math.nan == math.nan, {math.nan: 1}.get(math.nan))
y = x
print(y in {x}, [y, 1] == [x, 1], {x: 2}[y], [1, x, 2].index(y))
print(sorted([3, x, 1]), max(x, 1), min(1, x))
