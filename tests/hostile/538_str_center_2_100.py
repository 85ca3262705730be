# expect: OverflowError: Python int too large to convert to C ssize_t
# 'x'.center(2**100).
print("x".center(2**100))
