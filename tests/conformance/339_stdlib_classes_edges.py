# pins: edge cases and error messages of enum (functional API, _missing_, member __init__, unique, extending, `in`), dataclasses (argument errors, order without eq, frozen, field errors, inheritance), logging (levels, filters, adapters, '{' style, dict args), contextlib (decorator form, generator didn't yield/stop), % with a mapping
import contextlib
import dataclasses
import enum
import logging
import sys
from collections import Counter, OrderedDict, defaultdict
from dataclasses import dataclass, field

Animal = enum.Enum("Animal", "ANT BEE, CAT")
print(list(Animal), Animal.BEE.value, repr(Animal))
Pair = enum.Enum("Pair", [("ONE", 1), ("TWO", 2)])
print(Pair(2), Pair["ONE"].value, len(Pair), list(reversed(Pair)))


class Planet(enum.Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print(Planet.EARTH.radius, Planet.MERCURY.value)


class Shape(enum.Enum):
    SQUARE = 2
    ALIAS = 2
    CIRCLE = 3

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print(Shape("circle"), Shape.ALIAS, list(Shape.__members__))
for bad in (lambda: enum.unique(Shape), lambda: Shape(9), lambda: 3 in Shape):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(Shape.SQUARE in Shape, Planet.EARTH in Shape, Shape.SQUARE.name)
try:
    class MoreShapes(Shape):
        TRIANGLE = 4
except TypeError as e:
    print("TypeError:", e)
print(f"{Shape.CIRCLE:>14}|", sorted(Shape, key=lambda s: s.value))


@dataclass
class Item:
    name: str
    qty: int = 1
    tags: list = field(default_factory=list, repr=False)


@dataclass(eq=False)
class Plain:
    x: int


@dataclass
class Sub(Item):
    note: str = ""


print(Item("a"), Item("b", 2, ["t"]) == Item("b", 2), Sub("s", 3, note="n"))
print(Plain(1) == Plain(1), dataclasses.is_dataclass(Item), dataclasses.is_dataclass(Item("x")), dataclasses.is_dataclass(1))
print([f.name for f in dataclasses.fields(Sub)], Item.__match_args__)
for bad in (lambda: Item(), lambda: Item("a", 1, [], 4), lambda: Item("a", size=2), lambda: Item("a", name="b"),
            lambda: dataclasses.fields(1), lambda: dataclasses.asdict(Item), lambda: field(default=1, default_factory=list)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


@dataclass
class Three:
    a: int
    b: int
    c: int


try:
    Three()
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Wrong:
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass(order=True, eq=False)
    class NoEq:
        a: int
except ValueError as e:
    print("ValueError:", e)


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0


v = Version(1, 2)
print(sorted([Version(2), v, Version(1)]), {v: "ok"}[Version(1, 2)], dataclasses.astuple(v))
try:
    del v.major
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    dataclasses.replace(v, patch=1)
except TypeError as e:
    print("TypeError:", e)
try:
    hash(Item("a"))
except TypeError as e:
    print("TypeError:", e)

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("{levelname:>8} {name} {message}", style="{"))
log = logging.getLogger("edge")
log.addHandler(handler)
log.setLevel("DEBUG")
log.propagate = False
log.debug("dict args %(a)s and %(b)d", {"a": "x", "b": 2})
handler.addFilter(lambda record: "secret" not in record.getMessage())
log.info("a secret is dropped")
log.log(25, "custom level %s", logging.getLevelName(25))
logging.addLevelName(25, "NOTICE")
log.log(25, "named now")
adapter = logging.LoggerAdapter(log, {"user": "ann"})
adapter.warning("from the adapter")
child = log.getChild("sub")
child.addFilter(logging.Filter("other"))
child.error("filtered by the logger's filter")
print(repr(log), repr(child), log.getEffectiveLevel(), logging.getLevelName("WARNING"), child.hasHandlers())
for bad in (lambda: log.setLevel("LOUD"), lambda: logging.basicConfig(colour=True), lambda: logging.Formatter(style="x")):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
logging.disable(logging.ERROR)
log.error("disabled")
logging.disable(logging.NOTSET)
log.critical("enabled again")


@contextlib.contextmanager
def tagged(tag):
    print("<" + tag + ">")
    yield tag
    print("</" + tag + ">")


@tagged("call")
def decorated(x):
    print("inside", x)
    return x * 2


print(decorated(1), decorated(2))


@contextlib.contextmanager
def twice():
    yield 1
    yield 2


try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
with contextlib.suppress(KeyError), contextlib.nullcontext(5) as n:
    print("nullcontext", n)
    {}["x"]
try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(5)
except TypeError as e:
    print("TypeError:", e)

print("%(a)s-%(b)05.1f-%%-%(c)r" % {"a": 1, "b": 2.25, "c": "q"}, "%s" % {"k": 1})
try:
    "%(missing)s" % {"a": 1}
except KeyError as e:
    print("KeyError:", e)
try:
    "%(a)s" % (1,)
except TypeError as e:
    print("TypeError:", e)
c = Counter("hello world")
print(c.most_common(2), c["z"], (c & Counter("lol")), (c | Counter(z=1))["z"], c.total())
c.subtract("lll")
print(c["l"], len(c), bool(Counter()), Counter() == Counter(), repr(Counter()))
od = OrderedDict([("a", 1), ("b", 2), ("c", 3)])
od.move_to_end("a")
od.move_to_end("c", last=False)
print(od, od.popitem(), od.popitem(last=False), od, OrderedDict())
dd = defaultdict(None)
try:
    dd["x"]
except KeyError as e:
    print("KeyError:", e)
print(dd, defaultdict(int, {"a": 1}, b=2), len(defaultdict(list)))
