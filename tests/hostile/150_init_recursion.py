# expect: RecursionError: maximum recursion depth exceeded while calling a Python object
# __init__ that constructs another instance of its own class.
class A:
    def __init__(self):
        self.child = A()

A()
