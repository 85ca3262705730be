# expect: OverflowError: cannot fit 'int' into an index-sized integer
# 'a' * 2**64 does not fit an index.
print("a" * 2**64)
