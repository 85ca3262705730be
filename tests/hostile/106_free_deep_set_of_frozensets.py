# expect: ok
# Freeing frozensets nested 500,000 deep.
s = frozenset()
for i in range(500000):
    s = frozenset([s])
del s
print("freed")
