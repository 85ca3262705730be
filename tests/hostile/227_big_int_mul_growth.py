# expect: budget: steps
# An int squared until memory runs out.
x = 3
while True:
    x = x * x
