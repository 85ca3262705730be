# expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# An f-string of a 5000-digit int.
print(f"{10**4999}")
