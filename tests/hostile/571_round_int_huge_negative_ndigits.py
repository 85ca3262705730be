# expect: budget: memory
# round(12345, -2**100): CPython computes 10 ** (2**100) to round an int.
print(round(12345, -2**100))
