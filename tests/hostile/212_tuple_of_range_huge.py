# expect: MemoryError
# tuple(range(10**12)).
print(len(tuple(range(10**12))))
