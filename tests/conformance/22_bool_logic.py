# pins: and/or return operands, not, chained comparisons, is/is not, in/not in, conditional expressions
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" and "x", [] or {})
print(not 0, not 1, not [], not [0], not None)
x = 5
print(1 < x < 10, 1 < x > 4, 10 > x >= 5, x == 5 == 5.0, 1 < 3 < 2)
calls = []
def val(v):
    calls.append(v)
    return v
print(val(1) < val(2) < val(0) < val(9), calls)
calls.clear()
print(val(0) and val(1), val(2) or val(3), calls)
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None, x is not None)
print(2 in a, 3 not in a, "k" in {"k": 1}, 1 in {"k": 1}, "ell" in "hello", 1 in (1, 2))
print("yes" if x > 3 else "no", "big" if x > 100 else "mid" if x > 4 else "small")
print(True == 1, False == 0, True is True, (not x) == False)
print(True + 0, 0 < True, [True, False].count(True))
flags = [x > 0, x > 10, x % 2 == 1]
print(flags, any(flags), all(flags), sum(flags))
print(bool([] or [0]), (0 or None) is None, (3 and 0) == 0)
print(x if x else -1, (lambda v: v and v * 2)(0), (lambda v: v or "none")(""))
