# expect: OverflowError: int too large to convert to float
# divmod(10**400, 0.5).
print(divmod(10**400, 0.5))
