# expect: ok
# Right shifts by huge counts give 0 or -1.
print(2**100 >> 2**100, -5 >> 2**100, 0 << 2**100)
