# pins: user __hash__ and __eq__ decide dict keys, set members, `in` and hash() (each called once per operation); __eq__ without __hash__ makes a class unhashable; __hash__ must return an int (-1 becomes -2); an __eq__ that raises propagates out of the lookup; frozenset hashes as CPython
class P:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        print("hash", self.v)
        return hash(self.v)
    def __eq__(self, o):
        print("eq", self.v, getattr(o, "v", o))
        return isinstance(o, P) and self.v == o.v
    def __repr__(self):
        return f"P({self.v})"

d = {P(1): "a"}
print("--get")
print(d[P(1)])
print("--in")
print(P(1) in d, P(2) in d)
print("--set")
s = {P(1), P(1), P(2)}
print(len(s))
print("--get method")
print(d.get(P(1)), d.get(P(3), "none"))
print("--pop/setdefault")
print(d.setdefault(P(4), "x"), d.pop(P(4)))
print("--del")
del d[P(1)]
print(d)
class E:
    def __eq__(self, o): return True
try:
    {E(): 1}
except TypeError as e:
    print("TypeError:", e)
class Bad:
    def __hash__(self): return "x"
try:
    hash(Bad())
except TypeError as e:
    print("TypeError:", e)
class Boom:
    def __hash__(self): return 1
    def __eq__(self, o): raise ValueError("boom")
b1, b2 = Boom(), Boom()
dd = {b1: 1}
try:
    dd[b2]
except ValueError as e:
    print("ValueError:", e)
try:
    b2 in {b1}
except ValueError as e:
    print("ValueError:", e)
print(hash(frozenset({1, 2, 3})), hash(frozenset()), hash((1, frozenset({2}))))
print(hash(P(7)) == hash(7))
class H:
    def __hash__(self): return -1
print(hash(H()), hash(2**64))
