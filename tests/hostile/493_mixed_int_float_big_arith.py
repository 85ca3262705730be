# expect: ok
# Float arithmetic with big ints.
print(10**20 + 0.5, 2**64 / 3, 10**30 // 7.0, 10**30 % 7.0, 2**1000 * 0.0)
