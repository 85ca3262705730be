# expect: ok
# next() of a generator expression over range(10**12).
print(next(x * 2 for x in range(10**12)))
