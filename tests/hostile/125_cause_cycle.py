# expect: ValueError: a
# Raising an exception whose __cause__ chain is a cycle (CPython's traceback stops at the repeat).
a = ValueError("a")
b = KeyError("b")
a.__cause__ = b
b.__cause__ = a
raise a
