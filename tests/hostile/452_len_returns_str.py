# expect: TypeError: 'str' object cannot be interpreted as an integer
# __len__ returning a str.
class A:
    def __len__(self):
        return "3"

print(len(A()))
