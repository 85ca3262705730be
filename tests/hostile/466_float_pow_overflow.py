# expect: OverflowError: (34, 'Numerical result out of range')
# 2.0 ** 10000 overflows.
print(2.0 ** 10000)
