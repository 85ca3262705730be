# expect: ok
# repr of a list whose items' __repr__ clear the list.
l = []

class A:
    def __repr__(self):
        l.clear()
        return "A"

l.extend([A(), A(), A()])
print(repr(l))
