# expect: TypeError: __repr__ returned non-string (type NoneType)
# __repr__ returning None.
class A:
    def __repr__(self):
        return None

print([A()])
