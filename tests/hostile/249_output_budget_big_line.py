# expect: ok
# One print of 32 MiB.
print("x" * (32 << 20))
