# expect: ok
# random.randrange(10**30) with seed 0.
import random
print(random.randrange(10**30), random.randrange(10**30, 10**31, 7), random.randint(-10**25, 10**25))
