# pins: namedtuple (str/list fields, defaults=, rename=, _fields/_field_defaults/_replace/_asdict/_make, repr, tuple behaviour, the generated __new__'s binding errors, read-only fields), a user class subclassing a namedtuple or tuple, sys.version_info as a tuple subclass
import sys
from collections import namedtuple

P = namedtuple("P", "x y")
p = P(1, 2)

def setx():
    p.x = 5


def setz():
    p.z = 5


for fn in [setx, setz, lambda: P(1), lambda: P(1, 2, 3), lambda: P(1, y=2, z=3), lambda: P(1, x=2),
           lambda: P._make([1]), lambda: p._replace(z=1), lambda: P(x=1), lambda: namedtuple("Q", "a a"),
           lambda: namedtuple("Q", "a _b"), lambda: namedtuple("Q", "a class"), lambda: namedtuple("1Q", "a"),
           lambda: namedtuple("Q", "a b", defaults=[1, 2, 3]), lambda: P()]:
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
print(P.__doc__, P.__mro__, P.__slots__, P._field_defaults, P.__match_args__, P._fields)
print(p[-1], p[::-1], p + (3,), p * 2, hash(p) == hash((1, 2)), p < (1, 3), len(p), p.count(1), p.index(2))
print(str(p), f"{p}", sorted([P(2, 1), P(1, 2)]), p == (1, 2), (1, 2) == p, p != P(2, 1), isinstance(p, tuple))
print(P(y=5, x=4), P(*[7, 8]), P(**{"x": 1, "y": 0}), list(p), tuple(p), {p: "v"}[(1, 2)], type(p[:1]).__name__)
x, y = p
print(x, y, [a * 2 for a in p], max(p), sum(p), dict([p]), type(p).__name__, P.__name__, P.__qualname__)
R = namedtuple("Request", ["method", "path", "retries"], defaults=[0])
r = R("GET", "/a")
print(r, r._replace(retries=2), r._asdict(), R._fields, R._field_defaults, R("PUT", "/b", 3).retries)
S = namedtuple("S", "a, def, a, _x", rename=True)
print(S._fields, S(1, 2, 3, 4))
E = namedtuple("E", "")
print(E(), len(E()), E._fields)
D = namedtuple("D", "a b c", defaults=(2, 3))
print(D(1), D(1, c=9), D._field_defaults)


class Vec(namedtuple("Vec", "x y")):
    def norm1(self):
        return abs(self.x) + abs(self.y)

    @property
    def total(self):
        return sum(self)

    def __str__(self):
        return "<%s, %s>" % self


v = Vec(3, -4)
print(v, repr(v), v.norm1(), v.total, type(v._replace(x=1)).__name__, isinstance(v, tuple), Vec.__mro__[1].__name__)


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    def swap(self):
        return Pair(self[1], self[0])


class Triple(tuple):
    def first(self):
        return self[0]


q = Pair(1, 2)
print(q, q.swap(), type(q.swap()).__name__, q == (1, 2), Triple("abc"), Triple([1, 2, 3]).first(), len(Triple()))
vi = sys.version_info
print(vi[:2], vi >= (3, 11), vi < (3, 12), vi.major, vi.minor, type(vi).__name__, vi.releaselevel, isinstance(vi, tuple))
print(len(vi), vi[0], vi.serial == vi[-1], tuple(vi)[:2], sys.hexversion >> 16 == 0x30B, type(p[:]).__name__, type(tuple(p)).__name__)
