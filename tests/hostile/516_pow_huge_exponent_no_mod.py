# expect: budget: memory
# 2 ** 10**100 with no modulus: CPython starts squaring towards a 10**100-bit int.
x = 2 ** (10**100)
