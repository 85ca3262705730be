# expect: ValueError: Too many decimal digits in format string
# A format spec width with 20 digits.
print(format(1, "99999999999999999999"))
