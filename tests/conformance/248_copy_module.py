# copy.copy and copy.deepcopy over the objects scenarios make.
import copy
import collections
import dataclasses
import enum
import threading


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


@dataclasses.dataclass
class Job:
    name: str
    tags: list = dataclasses.field(default_factory=list)


class Color(enum.Enum):
    RED = 1


class Tagged(int):
    pass


class Stateful:
    def __init__(self):
        self.items = [1, 2]
        self.cache = {"hot": True}

    def __getstate__(self):
        return {"items": self.items}

    def __setstate__(self, state):
        self.items = state["items"]
        self.cache = {}


class Custom:
    def __init__(self, v):
        self.v = v

    def __deepcopy__(self, memo):
        print("deepcopy hook, memo is a dict:", isinstance(memo, dict))
        return Custom(self.v * 10)


nested = [1, [2, 3], {"k": [4]}]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested[1].append(99)
nested[2]["k"].append(98)
print(shallow, deep)
print(shallow[1] is nested[1], deep[1] is nested[1])

t = (1, 2, "x")
print(copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)

a = [1]
a.append(a)
b = copy.deepcopy(a)
print(b[1] is b, b[1] is not a)

shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)

p = Point(1, [2])
q = copy.deepcopy(p)
q.y.append(3)
print(p, q, type(q).__name__)
r = copy.copy(p)
print(r.y is p.y)

j = Job("a", ["x"])
j2 = copy.deepcopy(j)
j2.tags.append("y")
print(j, j2, j == copy.copy(j))

print(copy.deepcopy(Color.RED) is Color.RED, copy.copy(Color.RED) is Color.RED)
print(copy.deepcopy(Tagged(5)), type(copy.deepcopy(Tagged(5))).__name__)

P = collections.namedtuple("P", "x y")
pt = P(1, [2])
pt2 = copy.deepcopy(pt)
print(pt2, type(pt2).__name__, pt2.y is pt.y)

s = Stateful()
s2 = copy.deepcopy(s)
print(s2.items, s2.cache, s2.items is s.items)
print(copy.deepcopy(Custom(4)).v)

print(copy.deepcopy({1, 2, 3}), copy.deepcopy(frozenset([1])))
print(copy.deepcopy(len) is len, copy.deepcopy(Point) is Point)
f = lambda: 1
print(copy.deepcopy(f) is f)

e = ValueError("bad", 3)
e2 = copy.deepcopy(e)
print(repr(e2), e2 is e)

memo = {}
x = [1]
y1 = copy.deepcopy(x, memo)
print(id(x) in memo, memo[id(x)] is y1)

try:
    copy.deepcopy(threading.Lock())
except TypeError as exc:
    print("TypeError:", exc)
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
