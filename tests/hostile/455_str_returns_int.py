# expect: TypeError: __str__ returned non-string (type int)
# __str__ returning an int.
class A:
    def __str__(self):
        return 5

print(A())
