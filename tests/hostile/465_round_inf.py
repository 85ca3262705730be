# expect: OverflowError: cannot convert float infinity to integer
# round(float('-inf')).
print(round(float("-inf")))
