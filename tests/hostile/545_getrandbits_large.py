# expect: ok
# random.getrandbits(100000) works.
import random
print(random.getrandbits(100000).bit_length() <= 100000, random.getrandbits(0))
