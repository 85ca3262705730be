# expect: ok
# Deleting and adding one key per step: same size, different keys.
d = {1: 1, 2: 2, 3: 3}
for k in d:
    del d[k]
    d[k + 100] = k
print(d)
