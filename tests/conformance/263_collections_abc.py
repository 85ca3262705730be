# pins: collections.abc and abc: structural __subclasshook__ checks on builtins and user classes, register(), abstract methods refused at instantiation, the Mapping/MutableMapping/Sequence/Set mixins
import asyncio
from abc import ABC, ABCMeta, abstractmethod
from collections import abc


class Only:
    def __eq__(self, other):
        return True


class Point:
    __hash__ = None


class Counter:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


class Adder:
    def __call__(self, x):
        return x + 1


class Table(abc.Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


class Store(abc.MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


class Squares(abc.Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i

    def __len__(self):
        return self.n


class Bits(abc.Set):
    def __init__(self, items=()):
        self.items = sorted(set(items))

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def __repr__(self):
        return "Bits(%r)" % (self.items,)


print("hashable", isinstance(Only(), abc.Hashable), isinstance(Point(), abc.Hashable),
      isinstance(frozenset(), abc.Hashable), isinstance(set(), abc.Hashable), isinstance((1,), abc.Hashable))
print("iterator", isinstance(Counter(), abc.Iterator), list(Counter()), isinstance(iter([]), abc.Iterator),
      isinstance([], abc.Iterator), isinstance(iter({}), abc.Iterable))
print("callable", isinstance(Adder(), abc.Callable), isinstance(print, abc.Callable), isinstance(1, abc.Callable),
      issubclass(type, abc.Callable))
print("builtins", issubclass(dict, abc.MutableMapping), issubclass(list, abc.Reversible), issubclass(str, abc.Sequence),
      issubclass(tuple, abc.Collection), isinstance(range(3), abc.Sequence), isinstance({}.keys(), abc.Set),
      isinstance({}.items(), abc.ItemsView), isinstance({}.values(), abc.ValuesView), issubclass(frozenset, abc.MutableSet))
print("tuples", isinstance([], (int, abc.Sized)), isinstance(3, (abc.Sized, abc.Iterable)), issubclass(int, (abc.Hashable,)))
t = Table(a=1, b=2)
print("mapping", t.get("a"), t.get("z", 0), "b" in t, "z" in t, list(t.keys()), list(t.items()), list(t.values()),
      t == {"a": 1, "b": 2}, t == {"a": 1}, isinstance(t, abc.Mapping), isinstance(t, abc.MutableMapping), len(t.keys()))
s = Store()
s.update({"x": 1}, y=2)
print("mutable", s.setdefault("z", 3), s.pop("x"), s.pop("q", None), sorted(s.items()), s.popitem(), len(s))
s.clear()
print("cleared", len(s), dict(s))
q = Squares(5)
print("sequence", list(q), 9 in q, 10 in q, q.index(9), q.count(4), list(reversed(q)), q[3])
b = Bits([3, 1, 2])
print("set", b & Bits([2, 3, 4]), b | Bits([5]), b - Bits([1]), b <= Bits([1, 2, 3, 4]), b < b, b == Bits([1, 2, 3]),
      b.isdisjoint([7, 8]), b ^ Bits([3, 4]))


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return "%s of area %s" % (self.name(), self.area())


class Half(Shape):
    def area(self):
        return 1


class Square(Half):
    def name(self):
        return "square"


for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("refused:", e)
print(Square().describe(), sorted(Shape.__abstractmethods__), sorted(Square.__abstractmethods__))


class Plugin(metaclass=ABCMeta):
    pass


@Plugin.register
class Csv:
    pass


print("registered", issubclass(Csv, Plugin), isinstance(Csv(), Plugin), issubclass(int, Plugin), Csv.__name__)
try:
    issubclass(3, abc.Sized)
except TypeError as e:
    print("TypeError:", e)
try:
    Plugin.register(3)
except TypeError as e:
    print("TypeError:", e)


async def main():
    task = asyncio.create_task(asyncio.sleep(0))
    coro = asyncio.sleep(0)
    print("asyncio", isinstance(coro, abc.Awaitable), isinstance(coro, abc.Coroutine), isinstance(main, abc.Callable))
    await coro
    await task


asyncio.run(main())
