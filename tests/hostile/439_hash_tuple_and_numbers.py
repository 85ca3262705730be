# expect: ok
# hash() of tuples, floats, big and negative ints, inf and bool.
print(hash((1, 2, 3)), hash(()), hash((1, (2, 3))))
print(hash(1.5), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**61)))
print(hash(float("inf")), hash(float("-inf")), hash(True), hash(10**30), hash(0.1))
