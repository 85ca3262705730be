# expect: ok
# repr of denormals, the largest double and negative zero.
print(5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, -0.0, 1e16, 1e-5, 0.1 + 0.2)
print(float("1e500"), float("-1e500"), 1e308 * 10, -1e308 * 10)
