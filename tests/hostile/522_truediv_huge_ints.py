# expect: OverflowError: integer division result too large for a float
# 10**400 / 3 does not fit a float.
print(10**400 / 3)
