# pins: typing.NamedTuple class syntax (annotations, defaults, docstring, methods, properties, classmethods), repr, _fields/_field_defaults/__annotations__, _replace/_asdict/_make, tuple behaviour (index, slice, unpack, compare, hash, len, iteration, +), the functional form, errors; TypedDict, TypeVar, NewType, cast, TYPE_CHECKING
import asyncio
from typing import NamedTuple, Optional, List, TypedDict, TypeVar, NewType, cast, TYPE_CHECKING


class Job(NamedTuple):
    """A unit of work."""
    name: str
    priority: int = 0
    tags: Optional[List[str]] = None

    def describe(self):
        return "%s (p%d)" % (self.name, self.priority)

    @property
    def urgent(self):
        return self.priority >= 5

    @classmethod
    def parse(cls, text):
        name, _, prio = text.partition(":")
        return cls(name, int(prio or 0))


class Point(NamedTuple):
    x: float
    y: float

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return "<%g, %g>" % self


j = Job("build", 7)
print(j, repr(j), str(j))
print(j.name, j.priority, j.tags, j[0], j[-1], j[:2])
print(j.describe(), j.urgent, Job.parse("lint:2"), Job.parse("deploy"))
print(Job._fields, Job._field_defaults, list(Job.__annotations__), Job.__annotations__["priority"])
print(Job.__doc__, Job.__name__, Job.__qualname__, Job.__module__, Job.__mro__)
print(type(Job), isinstance(j, tuple), issubclass(Job, tuple), len(j))
print(j._replace(priority=1), j._asdict(), Job._make(["x", 2, ["a"]]))
name, prio, tags = j
print(name, prio, tags, list(j), tuple(j), j == ("build", 7, None), j < Job("build", 8))
print(hash(j) == hash(("build", 7, None)), j + (1,), j * 2 == tuple(j) * 2, j.count(7), j.index("build"))
print(sorted([Job("b", 2), Job("a", 9), Job("a", 1)]))
print(max([Job("low", 1), Job("high", 9)], key=lambda t: t.priority).name)
print({Job("k"): 1}[Job("k")], Job(name="kw", tags=["t"]))
print(Point(1, 2) + Point(3, 4.5), Point(0.5, 1))
print(Point._fields, Point.__doc__)
try:
    j.name = "other"
except AttributeError as e:
    print("AttributeError:", e)
for bad in [lambda: Job(), lambda: Job("a", 1, None, 4), lambda: Job("a", bogus=1), lambda: j._replace(nope=1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

Pair = NamedTuple("Pair", [("left", int), ("right", int)])
p = Pair(1, right=2)
print(p, Pair._fields, Pair.__annotations__, p.left + p.right, Pair.__name__)
Kw = NamedTuple("Kw", a=int, b=str)
print(Kw(1, "s"), Kw._fields)

try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(NamedTuple):
        a: int

        def _asdict(self):
            return {}
except AttributeError as e:
    print("AttributeError:", e)


class Movie(TypedDict):
    title: str
    year: int


m = Movie(title="Alien", year=1979)
print(m, type(m).__name__, Movie.__annotations__, m["year"] + 1)
print(sorted(Movie.__required_keys__), Movie.__total__)
T = TypeVar("T")
K = TypeVar("K", covariant=True)
UserId = NewType("UserId", int)
print(T, K, repr(T), UserId(5) + 1, UserId, cast(int, "not checked"), TYPE_CHECKING)


class Event(NamedTuple):
    at: float
    what: str


async def main():
    events = []

    async def worker(name, delay):
        await asyncio.sleep(delay)
        events.append(Event(asyncio.get_running_loop().time(), name))

    await asyncio.gather(worker("b", 0.2), worker("a", 0.1))
    for at, what in events:
        print("%.1f %s" % (at, what))
    print(events)


asyncio.run(main())
