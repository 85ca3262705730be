# expect: budget: output
# One print of 32 MiB: over the 16 MiB output budget (CPython would print it).
print("x" * (32 << 20))
