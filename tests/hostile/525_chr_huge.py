# expect: OverflowError: Python int too large to convert to C int
# chr(2**100).
print(chr(2**100))
