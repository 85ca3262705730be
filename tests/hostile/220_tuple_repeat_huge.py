# expect: MemoryError
# (1, 2) * 2**62.
print(len((1, 2) * 2**62))
