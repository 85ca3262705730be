# expect: budget: steps
# 10**6 int keys that all hash to 0 (multiples of 2**61 - 1): quadratic probing.
d = {}
for i in range(10**6):
    d[i * (2**61 - 1)] = i
print(len(d))
