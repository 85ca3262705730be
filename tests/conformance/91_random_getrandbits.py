# pins: random.getrandbits(k) for k up to 1000 bits is CPython's exact value (32-bit MT words, least significant first)
import random

for seed in (0, 12345):
    random.seed(seed)
    for k in (1, 31, 32, 33, 64, 100, 1000):
        print(seed, k, random.getrandbits(k))
    print(random.random())
random.seed(7)
print(random.getrandbits(0), random.getrandbits(65) < 2 ** 65, random.getrandbits(200) < 2 ** 200)
try:
    random.getrandbits(-1)
except ValueError as e:
    print("ValueError:", e)
