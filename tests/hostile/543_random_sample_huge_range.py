# expect: OverflowError: Python int too large to convert to C ssize_t
# random.sample(range(10**20), 3).
import random
print(random.sample(range(10**20), 3))
