# pins: closures, nonlocal, global, late binding in lambdas, default-arg capture, class vs function scope
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump()
bump()
print("global counter", counter)
def make_counter(start):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter(10)
c2 = make_counter(100)
print(c1(), c1(), c2(5), c1(10), c2())
late = [lambda: i for i in range(3)]
early = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in early])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    x = "rebound"
    return middle()
print(outer())
def make_acc():
    items = []
    def add(v):
        items.append(v)
        return len(items)
    return add, items
add, items = make_acc()
add("a")
add("b")
print(items)
name = "module"
print((lambda: [name for name in ["local"]][0])(), name)
def set_new_global():
    global created_later
    created_later = "made inside a function"
set_new_global()
print(created_later)
def unbound():
    try:
        print(x_local)
    except NameError as e:
        print("NameError")
    x_local = 1
    return x_local
print(unbound())
