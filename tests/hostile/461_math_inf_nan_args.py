# expect: ok
# math functions at infinity and NaN.
import math
inf = float("inf")
nan = float("nan")
print(math.exp(inf), math.exp(-inf), math.sqrt(inf), math.log(inf), math.fabs(-inf))
print(math.isclose(nan, nan), math.isclose(inf, inf), math.floor(-0.5), math.ceil(-0.5))
try:
    print(math.sin(inf))
except ValueError as e:
    print("ValueError", e)
