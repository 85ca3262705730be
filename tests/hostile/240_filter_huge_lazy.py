# expect: ok
# filter over range(10**12), first item only.
print(next(filter(lambda x: x > 10, range(10**12))))
