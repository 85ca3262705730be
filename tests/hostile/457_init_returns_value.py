# expect: TypeError: __init__() should return None, not 'int'
# __init__ returning a value.
class A:
    def __init__(self):
        return 1

A()
