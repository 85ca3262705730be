# expect: ok
# 2 ** -(2**100) becomes a float that underflows to 0.0?
print(2 ** -(2**100))
