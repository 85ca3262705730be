# expect: ok
# A user __hash__/__eq__ that makes all instances equal: a set keeps one.
class A:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return isinstance(other, A)

print(len({A(), A(), A()}), A() in {A()})
