# expect: ValueError: cannot convert float NaN to integer
# math.ceil(nan) cannot be an int.
import math
print(math.ceil(float("nan")))
