# expect: TypeError: catching classes that do not inherit from BaseException is not allowed
# except 1: catching a non-class.
try:
    raise ValueError("x")
except 1:
    pass
