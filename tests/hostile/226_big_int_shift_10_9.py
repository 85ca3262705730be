# expect: ok
# 1 << 10**9: a 125 MB integer, which CPython makes at once.
x = 1 << 10**9
print(x.bit_length())
