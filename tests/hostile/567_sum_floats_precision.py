# expect: ok
# sum() of floats uses plain addition in 3.11.
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]))
