# expect: MemoryError
# set(range(10**12)): grows one element at a time.
print(len(set(range(10**12))))
