# expect: ok
# range.index and range.count on a 10**18 range answer by arithmetic.
r = range(10**18)
print(r.index(10**18 - 1), r.count(5), r.count(10**18))
