# expect: ok
# math.log of a 401-digit int: CPython takes logs of big ints exactly (no float conversion).
import math
print(math.log(10**400), math.log(2**5000, 2), math.log(10**400, 10))
