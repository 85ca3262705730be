# expect: OverflowError: cannot convert float infinity to integer
# int(float('inf')).
print(int(float("inf")))
