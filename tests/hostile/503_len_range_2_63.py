# expect: OverflowError: Python int too large to convert to C ssize_t
# len(range(2**63)) is one past ssize_t's maximum.
print(len(range(2**63)))
