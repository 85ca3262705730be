# expect: ValueError: __len__() should return >= 0
# Truth of an object whose __len__ returns -1.
class A:
    def __len__(self):
        return -1

print(bool(A()))
