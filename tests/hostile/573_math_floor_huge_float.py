# expect: ok
# math.floor, math.ceil and int() of 1e300 are 301-digit ints.
import math
print(math.floor(1e300) == int(1e300), len(str(math.ceil(-1e300))), int(1e300) % 1000003)
