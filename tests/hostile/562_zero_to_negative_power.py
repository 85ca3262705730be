# expect: ZeroDivisionError: 0.0 cannot be raised to a negative power
# 0 ** -1.
print(0 ** -1)
