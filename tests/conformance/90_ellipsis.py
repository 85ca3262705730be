# pins: `...` is the Ellipsis singleton (not the str 'Ellipsis'): repr/str/format, identity, type, truthiness, equality, hashing, in containers, stub bodies
import asyncio

e = ...
print(repr(...), str(...), f"{...}", f"{...!r}", format(...))
print(... is Ellipsis, e is ..., ... is not None, ... == ..., ... != 'Ellipsis')
print(type(...).__name__, type(...), type(...) is type(Ellipsis), isinstance(e, type(...)))
print(bool(...), not ..., hash(...) == hash(Ellipsis))
print([..., 1], (...,), {...: 'dots'}, {'k': ...})
d = {...: 1}
d[Ellipsis] += 1
print(d[...], ... in d, ... in [1, ...], ... in (1, 2))


def stub():
    ...


class Proto:
    def method(self):
        ...


def default(x=...):
    return x is ...


print(stub(), Proto().method(), default(), default(None))
items = [1, 2]
try:
    items[...]
except TypeError as exc:
    print('TypeError:', exc)


async def main():
    await asyncio.sleep(0.5)
    print('awaited', ...)

asyncio.run(main())
