# expect: ok
# range(10**20) is fine: indexing, slicing, repr, len of a slice and `in`.
r = range(10**20)
print(r, r[-1], r[10**19], r[::10**19], len(r[::10**19]), 10**20 - 1 in r)
