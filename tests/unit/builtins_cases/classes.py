# Builtins meeting user classes: attributes, dunders, callables, iteration.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __round__(self, n=None):
        return Point(round(self.x, n), round(self.y, n))
    def __int__(self):
        return int(self.x)
    def __float__(self):
        return float(self.y)
    def __index__(self):
        return 7
p = Point(3, 4)
print(abs(p), round(Point(1.26, 2.5)), round(Point(1.26, 2.5), 1), int(p), float(p), hex(p), [0] * 0)
print(getattr(p, "x"), getattr(p, "z", None), hasattr(p, "y"), hasattr(p, "z"))
setattr(p, "z", 5)
print(p.z, vars if False else "ok")
delattr(p, "z")
print(hasattr(p, "z"))
try:
    getattr(p, "nope")
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(p, Point), isinstance(p, object), isinstance(p, (int, Point)), issubclass(Point, object))
print(callable(p), callable(Point), callable(p.__repr__))
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
print(callable(Adder(1)), list(map(Adder(10), [1, 2])))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), sum(Countdown(4)), sorted(Countdown(3)), max(Countdown(5)), list(enumerate(Countdown(2))))
it = Countdown(2)
print(next(it), next(it), next(it, "done"))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(reversed(Seq())), len(Seq()))
class Rev:
    def __reversed__(self):
        return iter([9, 8])
print(list(reversed(Rev())))
calls = []
def tick():
    calls.append(len(calls))
    return len(calls)
print(list(iter(tick, 4)), calls)
class E(Exception):
    pass
print(isinstance(E("x"), Exception), issubclass(E, BaseException), repr(E("x")), str(E("a", 1)))
print("{0.x}-{0.y}".format(p), "{p.x!r:>4}".format(p=p), "{0[1]}".format([5, 6]), "{d[k]}".format(d={"k": "v"}))
print(str(p), repr(p), format(p, ""), f"{p}", [p], (p,), {"p": p})
print(type(p).__name__, type(p) is Point, type(Point))
class Box:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Box) and self.v == other.v
    def __hash__(self):
        return hash(self.v)
print([Box(1), Box(2)].index(Box(2)), [Box(1), Box(1)].count(Box(1)), Box(1) in [Box(1)])
l = [Box(1), Box(2)]
l.remove(Box(1))
print(len(l), l[0].v)
