# expect: ok
# Exact comparison of big ints with floats.
print(2**53 + 1 == float(2**53 + 1), 2**53 + 1 > float(2**53), 10**400 > 1e308, -(10**400) < -1e308)
print(2**1024 > 1.7976931348623157e308, 2**1024 > float("inf"), -(2**1024) < float("-inf"))
