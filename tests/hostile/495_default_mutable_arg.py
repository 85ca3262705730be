# expect: ok
# A mutable default argument is shared between calls.
def f(x, acc=[]):
    acc.append(x)
    return acc

f(1)
f(2)
print(f(3))
