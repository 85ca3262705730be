# expect: ValueError: number of bits must be non-negative
# random.getrandbits(-1).
import random
print(random.getrandbits(-1))
