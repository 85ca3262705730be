# expect: ok
# map over range(10**12), only two items taken.
m = map(str, range(10**12))
print(next(m), next(m))
