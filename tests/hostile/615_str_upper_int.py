# expect: TypeError: descriptor 'upper' for 'str' objects doesn't apply to a 'int' object
# str.upper called on an int.
print(str.upper(5))
