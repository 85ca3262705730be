# expect: ok
# Dict order after many deletes and reinserts (insertion order is kept).
d = {}
for i in range(1000):
    d[i] = i
for i in range(0, 1000, 2):
    del d[i]
for i in range(0, 10, 2):
    d[i] = -i
print(list(d)[:5], list(d)[-5:], len(d))
