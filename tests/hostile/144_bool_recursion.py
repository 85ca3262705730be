# expect: RecursionError: maximum recursion depth exceeded
# __bool__ that tests `not self`.
class A:
    def __bool__(self):
        return not self

if A():
    print("yes")
