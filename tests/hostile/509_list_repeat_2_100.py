# expect: OverflowError: cannot fit 'int' into an index-sized integer
# [0] * 2**100.
print(len([0] * 2**100))
