# expect: IndexError: cannot fit 'int' into an index-sized integer
# [1][2**100] cannot be an index.
print([1][2**100])
