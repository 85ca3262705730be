# expect: ok
# reversed(range(10**20)) is lazy.
print(next(reversed(range(10**20))))
