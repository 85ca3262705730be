# expect: budget: steps
# sum(range(10**12)): one builtin call that CPython would run for hours.
print(sum(range(10**12)))
