# pins: statistics results bit for bit on awkward floats (exact sums, not float sums), int means that stay int, mixed int/float, correctly rounded stdev, quantiles methods, errors and their messages, big ints
import random
import statistics as st

random.seed(7)
xs = [random.random() * 10 ** random.randint(-3, 3) for _ in range(40)]
print(st.mean(xs), st.fmean(xs), st.median(xs))
print(st.variance(xs), st.pvariance(xs))
print(st.stdev(xs), st.pstdev(xs))
print(st.mean([1e50, 1, -1e50] * 10), sum([1e50, 1, -1e50] * 10))
print(st.mean([1, 2, 3]), st.mean([1, 2]), st.mean([True, False, True]), st.mean([1, 2.0]))
print(st.variance([1, 2, 3, 4]), st.variance([1, 3, 5]), st.pvariance([1, 2, 3, 4]), st.variance([0.1, 0.2, 0.3]))
print(st.stdev([1, 2, 3, 4]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.variance([1, 2, 3, 4], 2.5), st.pstdev([1.0, 2.0], 1.5))
print(st.mean([10**30, 10**30 + 1]), st.variance([10**20, 10**20 + 2, 10**20 + 4]))
print(st.median([3, 1, 2, 4]), st.median_low([5, 1, 3, 2]), st.median_high([5, 1, 3, 2]), st.median([7]))
print(st.mode(["b", "a", "a", "b"]), st.multimode("aabbbcc"), st.multimode([]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9], n=4), st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9], n=4, method="inclusive"))
print(st.quantiles([1.5, 2.5], n=3), st.quantiles(xs, n=5))
print(st.fmean([1, 2, 3], weights=[3, 2, 1]), st.fmean(iter([0.1] * 10)))
print(st.mean([float("inf"), 1.0]), st.median([float("inf"), 1.0]))
for f, arg in [(st.mean, []), (st.fmean, []), (st.median, []), (st.mode, []), (st.variance, [1]),
               (st.stdev, [1]), (st.pvariance, []), (st.pstdev, []), (st.quantiles, [1])]:
    try:
        f(arg)
    except st.StatisticsError as e:
        print(f.__name__, "StatisticsError:", e)
try:
    st.quantiles([1, 2], n=0)
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.quantiles([1, 2], method="x")
except ValueError as e:
    print("ValueError:", e)
try:
    st.mean(["a"])
except TypeError as e:
    print("TypeError:", e)
print(isinstance(st.StatisticsError("x"), ValueError))
print((1e300).as_integer_ratio()[0] % 10**9, (5e-324).as_integer_ratio()[1].bit_length(), (0.1).as_integer_ratio(), (-2.5).as_integer_ratio(), (10**30).as_integer_ratio(), (2**70).bit_length())
