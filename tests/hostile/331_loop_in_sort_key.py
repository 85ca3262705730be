# expect: budget: steps
# An endless loop inside a sort key.
def key(x):
    while True:
        pass

sorted([3, 1, 2], key=key)
