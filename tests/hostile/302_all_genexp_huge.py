# expect: budget: steps
# all() over a generator that is true for all 10**12 items.
print(all(x >= 0 for x in range(10**12)))
