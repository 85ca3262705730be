# expect: ok
# enumerate over range(10**20) is lazy.
e = enumerate(range(10**20))
print(next(e), next(e))
