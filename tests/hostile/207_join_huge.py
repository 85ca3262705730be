# expect: MemoryError
# A join whose result would be 10**10 characters.
part = "x" * 10**5
print(len(part.join(["a"] * 10**5)))
