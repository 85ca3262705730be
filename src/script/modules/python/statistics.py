"""Basic statistics on int and float data, with CPython's algorithms: sums
are exact (as fractions, here (numerator, denominator) pairs), converted
back to the data's type once; stdev and pstdev take a correctly rounded
square root of the exact variance. So every result is CPython's, bit for
bit. Fraction and Decimal data wait for those modules."""

__all__ = ["StatisticsError", "fmean", "mean", "median", "median_high", "median_low", "mode", "multimode",
           "pstdev", "pvariance", "quantiles", "stdev", "variance"]

import math


class StatisticsError(ValueError):
    pass


# ---- exact arithmetic on (numerator, denominator) pairs, denominator > 0 ----

def _gcd(a, b):
    a, b = abs(a), abs(b)
    while b:
        a, b = b, a % b
    return a


def _q(n, d):
    if d < 0:
        n, d = -n, -d
    g = _gcd(n, d)
    return (n // g, d // g) if g > 1 else (n, d)


def _add(x, y):
    return _q(x[0] * y[1] + y[0] * x[1], x[1] * y[1])


def _mul(x, y):
    return _q(x[0] * y[0], x[1] * y[1])


def _div(x, y):
    return _q(x[0] * y[1], x[1] * y[0])


def _isqrt(n):
    # the integer square root (Newton's method from above)
    if n < 2:
        return n
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def _exact_ratio(x):
    # (numerator, denominator) of an int or a finite float; None for inf/nan
    if isinstance(x, int):
        return (int(x), 1)
    if isinstance(x, float):
        if x != x or x in (float("inf"), float("-inf")):
            return None
        return x.as_integer_ratio()
    raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")


def _coerce(T, S):
    if T is S or S is int or S is bool:
        return T
    if T is int:
        return S
    raise TypeError(f"don't know how to coerce {T.__name__} and {S.__name__}")


def _convert(value, T):
    # an exact value back to the data's type (an int mean that is not whole is a float)
    if isinstance(value, float):
        return value  # inf or nan
    n, d = value
    if T is int and d == 1:
        return n
    return n / d


def _sum(data):
    # (type, exact total, count); a non-finite float makes the total that float
    T = int
    total = (0, 1)
    special = None
    count = 0
    for x in data:
        T = _coerce(T, type(x))
        r = _exact_ratio(x)
        count += 1
        if r is None:
            special = x if special is None else special + x
        else:
            total = _add(total, r)
    return T, (total if special is None else special), count


def _ss(data, c=None):
    # (type, exact sum of squared deviations, mean, count)
    if c is not None:
        T, ssd, count = _sum([(x - c) * (x - c) for x in data])
        return T, ssd, c, count
    T = int
    count = 0
    sx = (0, 1)
    sxx = (0, 1)
    special = None
    for x in data:
        T = _coerce(T, type(x))
        r = _exact_ratio(x)
        count += 1
        if r is None:
            special = x if special is None else special + x
            continue
        sx = _add(sx, r)
        sxx = _add(sxx, _mul(r, r))
    if special is not None:
        return T, special, special, count
    if not count:
        return T, (0, 1), (0, 1), 0
    ssd = _div(_add(_mul((count, 1), sxx), _mul((-sx[0], sx[1]), sx)), (count, 1))
    return T, ssd, _div(sx, (count, 1)), count


_SQRT_BIT_WIDTH = 2 * 53 + 3


def _integer_sqrt_of_frac_rto(n, m):
    # sqrt(n/m) rounded to an integer with round-to-odd
    a = _isqrt(n // m)
    return a | (a * a * m != n)


def _float_sqrt_of_frac(n, m):
    # sqrt(n/m) as a correctly rounded float
    q = (n.bit_length() - m.bit_length() - _SQRT_BIT_WIDTH) // 2
    if q >= 0:
        numerator = _integer_sqrt_of_frac_rto(n, m << 2 * q) << q
        denominator = 1
    else:
        numerator = _integer_sqrt_of_frac_rto(n << -2 * q, m)
        denominator = 1 << -q
    return numerator / denominator


def _sqrt_of(value):
    if isinstance(value, float):
        return math.sqrt(value)
    return _float_sqrt_of_frac(value[0], value[1])


# ---- averages -----------------------------------------------------------------

def mean(data):
    """The arithmetic mean of data, computed exactly, in the data's type."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    return _convert(total if isinstance(total, float) else _div(total, (n, 1)), T)


def fmean(data, weights=None):
    """The mean of data converted to floats: a correctly rounded sum over the count."""
    if weights is not None:
        data = list(data)
        weights = list(weights)
        if len(weights) != len(data):
            raise StatisticsError("data and weights must be the same length")
        num = _sum_float([x * w for x, w in zip(data, weights)])
        den = _sum_float(weights)
        if not den:
            raise StatisticsError("sum of weights must be non-zero")
        return num / den
    data = list(data)
    if not data:
        raise StatisticsError("fmean requires at least one data point")
    return _sum_float(data) / len(data)


def _sum_float(values):
    # math.fsum: the exact sum, rounded once
    T, total, n = _sum([float(v) for v in values])
    return total if isinstance(total, float) else total[0] / total[1]


def median(data):
    """The middle value of data; for an even count, the mean of the middle two."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """The low median: the smaller of the middle two for an even count."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """The high median: the larger of the middle two for an even count."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def _counts(data):
    # value -> count, in first-seen order (as collections.Counter)
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    """The most common value; the first one seen among equally common ones."""
    counts = _counts(data)
    if not counts:
        raise StatisticsError("no mode for empty data")
    best = max(counts.values())
    for value, count in counts.items():
        if count == best:
            return value


def multimode(data):
    """Every most common value, in the order first seen."""
    counts = _counts(data)
    if not counts:
        return []
    best = max(counts.values())
    return [value for value, count in counts.items() if count == best]


def quantiles(data, *, n=4, method="exclusive"):
    """The n - 1 cut points dividing data into n intervals of equal probability."""
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError("must have at least two data points")
    if method == "inclusive":
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == "exclusive":
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError(f"Unknown method: {method!r}")


# ---- spread -------------------------------------------------------------------

def _scaled(ss, k):
    return ss if isinstance(ss, float) else _div(ss, (k, 1))


def variance(data, xbar=None):
    """The sample variance (the squared deviations over n - 1), in the data's type."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("variance requires at least two data points")
    return _convert(_scaled(ss, n - 1), T)


def pvariance(data, mu=None):
    """The population variance (the squared deviations over n), in the data's type."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pvariance requires at least one data point")
    return _convert(_scaled(ss, n), T)


def stdev(data, xbar=None):
    """The square root of the sample variance, as a correctly rounded float."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    return _sqrt_of(_scaled(ss, n - 1))


def pstdev(data, mu=None):
    """The square root of the population variance, as a correctly rounded float."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pstdev requires at least one data point")
    return _sqrt_of(_scaled(ss, n))
