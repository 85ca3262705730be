# expect: OverflowError: Python int too large to convert to C ssize_t
# [1, 2, 3].pop(2**100).
print([1, 2, 3].pop(2**100))
