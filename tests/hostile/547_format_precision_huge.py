# expect: ValueError: Too many decimal digits in format string
# A precision beyond int range.
print(f"{1.5:.99999999999999999999f}")
