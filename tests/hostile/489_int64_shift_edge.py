# expect: ok
# Shifts that leave the int64 range.
print(1 << 63, -1 << 63, (2**63 - 1) << 1, 1 << 64, 5 << 62, -(2**63) >> 63, (2**63 - 1) >> 62)
