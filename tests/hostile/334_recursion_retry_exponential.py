# expect: budget: steps
# Catching RecursionError and recursing again: exponential work.
def f():
    try:
        f()
    except RecursionError:
        f()

f()
