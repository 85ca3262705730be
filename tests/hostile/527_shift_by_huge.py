# expect: OverflowError: too many digits in integer
# 1 << 2**100.
print(1 << 2**100)
