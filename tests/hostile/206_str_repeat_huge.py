# expect: MemoryError
# 'x' * 10**10.
print(len("x" * 10**10))
