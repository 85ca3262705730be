# math's range and domain errors (CPython's math_1 rule) and its values at
# infinity and NaN.
import math

inf = float("inf")
nan = float("nan")


def attempt(expr, fn):
    try:
        print(expr, fn())
    except (ValueError, OverflowError) as e:
        print(expr, type(e).__name__, e)


attempt('math.exp(1000)', lambda: math.exp(1000))
attempt('math.exp(-1000)', lambda: math.exp(-1000))
attempt('math.exp(709)', lambda: math.exp(709))
attempt('math.exp(inf)', lambda: math.exp(inf))
attempt('math.exp(-inf)', lambda: math.exp(-inf))
attempt('math.exp(nan)', lambda: math.exp(nan))
attempt('math.sin(inf)', lambda: math.sin(inf))
attempt('math.cos(-inf)', lambda: math.cos(-inf))
attempt('math.sin(nan)', lambda: math.sin(nan))
attempt('math.sqrt(-1)', lambda: math.sqrt(-1))
attempt('math.sqrt(inf)', lambda: math.sqrt(inf))
attempt('math.log(0)', lambda: math.log(0))
attempt('math.log(-1)', lambda: math.log(-1))
attempt('math.log(inf)', lambda: math.log(inf))
attempt('math.fabs(-inf)', lambda: math.fabs(-inf))
attempt('math.floor(inf)', lambda: math.floor(inf))
attempt('math.ceil(nan)', lambda: math.ceil(nan))
attempt('math.floor(-0.5)', lambda: math.floor(-0.5))
attempt('math.exp(10**400)', lambda: math.exp(10**400))
attempt('math.sqrt(10**400)', lambda: math.sqrt(10**400))
attempt('math.isclose(nan, nan)', lambda: math.isclose(nan, nan))
attempt('math.isclose(inf, inf)', lambda: math.isclose(inf, inf))
attempt('2.0 ** 10000', lambda: 2.0 ** 10000)
attempt('int(inf)', lambda: int(inf))
attempt('round(-inf)', lambda: round(-inf))
