# expect: ok
# NaN as a set element and dict key: found only by identity.
x = float("nan")
s = {x, x, float("nan"), float("nan")}
d = {x: 1}
print(len(s), x in s, float("nan") in s, d.get(x), d.get(float("nan")))
