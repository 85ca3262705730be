# expect: OverflowError: cannot convert float infinity to integer
# math.floor(inf) cannot be an int.
import math
print(math.floor(float("inf")))
