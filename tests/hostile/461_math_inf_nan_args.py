# expect: ok
# math functions at infinity and NaN.
import math
inf = float("inf")
nan = float("nan")
print(math.exp(inf), math.exp(-inf), math.sqrt(inf), math.log(inf), math.fabs(-inf))
print(math.floor(1e300) == 10**300 or math.floor(1e300) > 0, math.isclose(nan, nan), math.isclose(inf, inf))
try:
    print(math.sin(inf))
except ValueError as e:
    print("ValueError", e)
