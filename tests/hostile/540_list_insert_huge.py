# expect: OverflowError: Python int too large to convert to C ssize_t
# [1, 2, 3].insert(2**100, 4).
l = [1, 2, 3]
l.insert(2**100, 4)
print(l)
