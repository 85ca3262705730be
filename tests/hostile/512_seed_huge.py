# expect: ok
# random.seed(2**99000 - 1) then random().
import random
random.seed(2**99000 - 1)
print(random.random(), random.getrandbits(70))
