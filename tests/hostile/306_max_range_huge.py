# expect: budget: steps
# max(range(10**12)).
print(max(range(10**12)))
