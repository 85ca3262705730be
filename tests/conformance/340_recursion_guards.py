# Deep and self-mutating data under native code (issue 16): CPython's
# answers and errors, never a crash or a stale read.
import asyncio
import functools

# repr of a list rereads its length after each item's __repr__.
l = []


class A:
    def __repr__(self):
        l.clear()
        return "A"


l.extend([A(), A(), A()])
print(repr(l), len(l))

# Deep tuples of equal hash: the dict compares them, the comparison raises.
x = y = 1
for i in range(50000):
    x = (x, i)
    y = (y, i)
try:
    d = {x: 1, y: 2}
except RecursionError as e:
    print("dict:", e)
try:
    print(x == y)
except RecursionError as e:
    print("==:", e)
print(x == x, x in [x], len({x: 1, x: 2}))

# Nested frozensets compared: RecursionError at once.
a = b = frozenset()
for _ in range(50000):
    a = frozenset([a])
    b = frozenset([b])
try:
    print(a == b)
except RecursionError as e:
    print("frozenset:", e)
print(hash(a) == hash(b), a == a)

# Deep lists freed, nested dicts compared.
deep = []
for _ in range(200000):
    deep = [deep]
del deep
p = {}
q = {}
for _ in range(50000):
    p = {"k": p}
    q = {"k": q}
try:
    print(p == q)
except RecursionError as e:
    print("dicts:", e)

# Receivers: set's mutators are set's alone; C types named by tp_name.
for call in (lambda: set.add(frozenset(), 1), lambda: set.discard(frozenset([1]), 1),
             lambda: list.append((), 1), lambda: dict.get([], 1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
s = {1}
set.add(s, 2)
print(sorted(s), frozenset.union(frozenset([1]), [2]))

# partial of a partial is one partial: its arguments merged.
f = functools.partial(functools.partial(lambda *a, **k: (a, sorted(k.items())), 1, x=1), 2, y=2, x=3)
print(f(3, z=4))
g = lambda v: v + 1
for _ in range(100000):
    g = functools.partial(g)
print(g(1))


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    try:
        asyncio.Task.cancel(fut)
    except TypeError as e:
        print("TypeError:", e)
    fut.set_result(1)
    try:
        fut.set_result(2)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    # Cancelling nested gathers: CPython's cancel recurses in Python.
    inner = asyncio.ensure_future(asyncio.sleep(10))
    gg = inner
    for _ in range(5000):
        gg = asyncio.gather(gg)
    await asyncio.sleep(0)
    try:
        gg.cancel()
    except RecursionError as e:
        print("cancel:", e)
    inner.cancel()
    # A shallow chain cancels through.
    inner = asyncio.ensure_future(asyncio.sleep(10))
    gg = asyncio.gather(asyncio.gather(inner))
    await asyncio.sleep(0)
    print(gg.cancel())
    try:
        await gg
    except asyncio.CancelledError:
        print("cancelled", inner.cancelled())


asyncio.run(main())
