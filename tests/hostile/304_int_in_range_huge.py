# expect: ok
# (10**12 - 1) in range(10**12): CPython answers by arithmetic.
print(10**12 - 1 in range(10**12), -1 in range(10**18), 10**17 + 1 in range(0, 10**18, 2))
