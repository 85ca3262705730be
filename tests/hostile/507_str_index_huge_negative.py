# expect: IndexError: cannot fit 'int' into an index-sized integer
# 'abc'[-2**100].
print("abc"[-2**100])
