# expect: RecursionError: maximum recursion depth exceeded
# __iter__ that iterates self.
class A:
    def __iter__(self):
        return iter(self)

for x in A():
    pass
