# pins: Counter's + - | & keep positive counts, self's elements first, then the other's new ones, as CPython
from collections import Counter
a = Counter("abracadabra"); b = Counter("alakazam"); c = Counter({"x": -2, "a": 1})
for x, y in [(a, b), (b, a), (a, c), (c, a), (c, c)]:
    print(x + y, x - y, x | y, x & y)
print(a.__add__(3))
