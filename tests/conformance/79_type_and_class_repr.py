# pins: printing types and classes: <class 'int'>, <class '__main__.X'>, exception type names, None repr
class Thing:
    pass

class Sub(Thing):
    pass

print(type(1), type(1.5), type("s"), type([]), type(()), type({}), type(None), type(True))
print(Thing, Sub, type(Sub()), type(Sub()) is Sub)
print(ValueError, type(ValueError("x")), Exception)
print([type(x).__name__ for x in [1, 2.0, "3", [4], (5,), {6: 6}, {7}, None, Thing()]])
print(Thing.__name__, Sub.__name__, type(Thing()) == Thing)
print(repr(None), str(None), repr(True), str(False))
