# expect: ok
# hash(frozenset(...)) of ints is deterministic in CPython.
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset(range(100))))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
