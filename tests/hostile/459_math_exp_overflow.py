# expect: OverflowError: math range error
# math.exp(1000) overflows.
import math
print(math.exp(1000))
