# expect: MemoryError
# 1 << 10**11: a 12.5 GB integer.
x = 1 << 10**11
print(x.bit_length())
