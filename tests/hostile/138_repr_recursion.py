# expect: RecursionError: maximum recursion depth exceeded while calling a Python object
# __repr__ that calls repr(self).
class A:
    def __repr__(self):
        return repr(self)

print(repr(A()))
