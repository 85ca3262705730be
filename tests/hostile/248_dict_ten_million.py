# expect: ok
# dict(zip(...)) of 10**7 int pairs: ten million entries, which CPython holds in about 1 GB.
d = dict(zip(range(10**7), range(10**7)))
print(len(d), d[9999999])
