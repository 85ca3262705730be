# CPython's hash for builtin values: ints (small, negative, big, -1),
# floats, bools, None-free tuples, nested tuples and frozensets (order-free,
# of ints, strings-free so PYTHONHASHSEED does not matter).
print(hash(0), hash(1), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(10**30))
print(hash(1.5), hash(-0.5), hash(1e300), hash(float("inf")), hash(float("-inf")), hash(2.0), hash(True))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((1.5, -1, 10**20)))
print(hash(frozenset()), hash(frozenset([1])), hash(frozenset([1, 2, 3])), hash(frozenset([3, 2, 1])))
print(hash(frozenset(range(100))), hash(frozenset([-1, -2])), hash(frozenset([frozenset([1]), 2])))
print(hash(frozenset([(1, 2), 3.5])), hash(frozenset({1: 0, 2: 0}.keys())))
s = frozenset([1, 2])
print({s: 1}[frozenset([2, 1])], s == {1, 2}, hash(s) == hash(frozenset({2, 1})))
print(hash(1) == hash(1.0) == hash(True), hash(2**64) == hash(float(2**64)))
