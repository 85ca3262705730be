# expect: MemoryError
# A replace whose result would be 10**11 characters.
print(len(("x" * 10**5).replace("x", "y" * 10**6)))
