# expect: MemoryError
# list(range(10**12)).
print(len(list(range(10**12))))
