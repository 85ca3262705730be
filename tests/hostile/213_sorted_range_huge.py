# expect: MemoryError
# sorted(range(10**12)).
print(sorted(range(10**12))[0])
