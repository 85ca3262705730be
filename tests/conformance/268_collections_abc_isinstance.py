# pins: collections.abc isinstance checks for builtins, generators, coroutines, async generators and user classes (structural and registered)
import asyncio
from collections import abc


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


class Bag:
    def __init__(self):
        self.items = [1, 2]

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def __contains__(self, x):
        return x in self.items


class Pause:
    def __await__(self):
        yield


c = coro()
checks = [
    ("list Sequence", isinstance([], abc.Sequence)),
    ("list MutableSequence", isinstance([], abc.MutableSequence)),
    ("tuple MutableSequence", isinstance((), abc.MutableSequence)),
    ("dict Mapping", isinstance({}, abc.Mapping)),
    ("str Iterable", isinstance("s", abc.Iterable)),
    ("set Set", isinstance(set(), abc.Set)),
    ("gen Iterator", isinstance(gen(), abc.Iterator)),
    ("gen Generator", isinstance(gen(), abc.Generator)),
    ("coro Coroutine", isinstance(c, abc.Coroutine)),
    ("coro Awaitable", isinstance(c, abc.Awaitable)),
    ("agen AsyncIterator", isinstance(agen(), abc.AsyncIterator)),
    ("agen AsyncGenerator", isinstance(agen(), abc.AsyncGenerator)),
    ("Pause Awaitable", isinstance(Pause(), abc.Awaitable)),
    ("Bag Collection", isinstance(Bag(), abc.Collection)),
    ("Bag Sequence", isinstance(Bag(), abc.Sequence)),
    ("len Callable", isinstance(len, abc.Callable)),
    ("int Hashable", isinstance(1, abc.Hashable)),
    ("list Hashable", isinstance([], abc.Hashable)),
]
for name, ok in checks:
    print(name, ok)
abc.Sequence.register(Bag)
print("after register:", isinstance(Bag(), abc.Sequence), issubclass(Bag, abc.Sized))
s = asyncio.sleep(0)
print(isinstance(s, abc.Coroutine))
s.close()
c.close()
