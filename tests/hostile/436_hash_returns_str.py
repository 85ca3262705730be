# expect: TypeError: __hash__ method should return an integer
# __hash__ returning a str.
class A:
    def __hash__(self):
        return "x"

print(hash(A()))
