# expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# str(10**5000) exceeds the 4300-digit limit.
print(str(10**5000))
