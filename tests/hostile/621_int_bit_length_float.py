# expect: TypeError: descriptor 'bit_length' for 'int' objects doesn't apply to a 'float' object
# int.bit_length called on a float.
print(int.bit_length(1.5))
