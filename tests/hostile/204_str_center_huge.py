# expect: MemoryError
# 'x'.center(10**10): a 10 GB string in one call.
print(len("x".center(10**10)))
