# expect: OverflowError: int too large to convert to float
# float(10**400).
print(float(10**400))
