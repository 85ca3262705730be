def f(a, b):
    total = a + b * 2
    return total

class C:
    pass

def g():
    c = C()
    return c.missing

def h(items):
    return len(items) + items[5]

try:
    f(1, "x")
except TypeError:
    pass
x = [1, 2, 3]
y = x[0] + h(x)
