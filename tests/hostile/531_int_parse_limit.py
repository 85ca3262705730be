# expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit
# int('1' * 5000) exceeds the 4300-digit limit.
print(int("1" * 5000))
