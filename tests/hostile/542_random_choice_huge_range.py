# expect: OverflowError: Python int too large to convert to C ssize_t
# random.choice(range(10**20)): len() of the range overflows.
import random
print(random.choice(range(10**20)))
