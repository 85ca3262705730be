# expect: MemoryError
# A list comprehension over range(10**12).
print(len([i for i in range(10**12)]))
