# expect: TypeError: __bool__ should return bool, returned int
# __bool__ returning 1.
class A:
    def __bool__(self):
        return 1

print(bool(A()))
