# expect: ok
# 4,000 int keys that all hash to 0 in a set: CPython does it in a second.
s = set()
for i in range(4000):
    s.add(i * (2**61 - 1))
print(len(s), hash(2**61 - 1))
