# expect: OverflowError: Python int too large to convert to C ssize_t
# len(range(10**20)) does not fit a C ssize_t.
print(len(range(10**20)))
