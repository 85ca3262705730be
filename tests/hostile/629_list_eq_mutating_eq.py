# expect: ok
# list == list where the items' __eq__ clear the other list.
a = []
b = []

class A:
    def __eq__(self, other):
        b.clear()
        return True

a.extend([A(), A(), A()])
b.extend([A(), A(), A()])
print(a == b)
