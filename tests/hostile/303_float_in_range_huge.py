# expect: budget: steps
# 1.5 in range(10**12): a float is searched item by item.
print(1.5 in range(10**12))
