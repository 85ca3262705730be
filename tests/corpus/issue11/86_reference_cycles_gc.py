# pins: objects in reference cycles are freed by gc.collect() (weakref callbacks and __del__ run then), acyclic ones at once when the last reference goes
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("del", self.name)


gc.disable()
a = Node("a")
a_ref = weakref.ref(a, lambda r: print("weakref callback for a"))
del a
print("acyclic freed at once:", a_ref() is None)
x = Node("x")
y = Node("y")
x.other = y
y.other = x
x_ref = weakref.ref(x)
del x, y
print("cycle alive before collect:", x_ref() is not None)
found = gc.collect()
print("cycle freed by collect:", x_ref() is None, found > 0)
gc.enable()
print(gc.isenabled())
