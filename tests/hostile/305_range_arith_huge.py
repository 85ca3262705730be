# expect: ok
# Indexing, slicing and len of a 10**18 range answer by arithmetic.
r = range(10**18)
print(r[10**18 - 1], r[-10**17], len(r), len(r[::3]), r[10**17:][:2], reversed(r) is not None)
