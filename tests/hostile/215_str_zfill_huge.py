# expect: MemoryError
# '1'.zfill(10**10).
print(len("1".zfill(10**10)))
