# expect: ok
# Set order for ints that collide modulo the table size.
s = set()
for x in [64, 0, 128, 8, 72, 1, 2**61, 2**62, -1, -2]:
    s.add(x)
print(s)
s.discard(0)
s.add(256)
print(s, list(s)[0])
