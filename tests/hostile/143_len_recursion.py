# expect: RecursionError: maximum recursion depth exceeded
# __len__ that calls len(self).
class A:
    def __len__(self):
        return len(self)

print(len(A()))
