# expect: ValueError: __len__() should return >= 0
# __len__ returning -1.
class A:
    def __len__(self):
        return -1

print(len(A()))
