# expect: RecursionError: maximum recursion depth exceeded
# __hash__ that calls hash(self), used as a dict key.
class A:
    def __hash__(self):
        return hash(self)

d = {A(): 1}
