# expect: ok
# Additions and multiplications that leave the int64 range.
a = 2**63 - 1
print(a + 1, -a - 2, 2**62 + 2**62, (2**32) * (2**31), (2**31) * (2**32) * 2, 3037000500 * 3037000500)
