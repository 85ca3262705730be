# expect: MemoryError
# [0] * 10**10.
print(len([0] * 10**10))
