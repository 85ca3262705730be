# expect: OverflowError: int too large to convert to float
# math.sqrt(10**400).
import math
print(math.sqrt(10**400))
