# expect: TypeError: __hash__ method should return an integer
# __hash__ returning a float.
class A:
    def __hash__(self):
        return 1.0

print({A(): 1})
