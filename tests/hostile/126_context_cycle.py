# expect: ValueError: a
# Raising an exception whose __context__ chain is a cycle.
a = ValueError("a")
b = TypeError("b")
a.__context__ = b
b.__context__ = a
raise a
