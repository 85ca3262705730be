# expect: RecursionError: maximum recursion depth exceeded
# __eq__ that compares self with other through ==, used by list.index.
class A:
    def __eq__(self, other):
        return self == other

print([A()].index(1))
