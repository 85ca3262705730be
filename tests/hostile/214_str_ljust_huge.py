# expect: MemoryError
# 'x'.ljust(10**10).
print(len("x".ljust(10**10)))
