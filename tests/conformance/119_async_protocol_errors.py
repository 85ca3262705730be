# pins: the await and async-iteration protocols' errors with CPython's messages; coroutines driven by hand (send/throw/close); async generators' misuse (just-started send, reuse, concurrent anext, ignored GeneratorExit, PEP 479)
import asyncio


class Token:
    def __init__(self, t):
        self.t = t

    def __await__(self):
        reply = yield self.t
        return reply


async def by_hand():
    try:
        a = await Token("first")
        b = await Token("second")
        return a + b
    finally:
        print("by_hand finally")


c = by_hand()
print(type(c).__name__, c.__name__, c.cr_running)
print("yielded", c.send(None))
try:
    c.send("x")
    c.throw(KeyError("thrown"))
except KeyError as e:
    print("throw propagated", repr(e), c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c2 = by_hand()
c2.send(None)
c2.close()
print("closed:", c2.cr_frame)
c3 = by_hand()
it = c3.__await__()
print("via __await__:", next(it), it.send(1))
try:
    it.send(2)
except StopIteration as e:
    print("returned", e.value)


class NotIter:
    def __await__(self):
        return 5


class BadAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 7


class BadAiter:
    def __aiter__(self):
        return [1]


async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")


async def stubborn():
    try:
        yield 1
    finally:
        yield 2


async def leaks():
    yield 1
    raise StopAsyncIteration


async def slow():
    await asyncio.sleep(1)
    yield "slow"


async def main():
    for label, thunk in [
        ("await int", lambda: 5),
        ("__await__ non-iterator", NotIter),
    ]:
        try:
            await thunk()
        except TypeError as e:
            print(label, "->", e)
    for label, obj in [("list", [1]), ("bad __anext__", BadAnext())]:
        try:
            async for _ in obj:
                pass
        except TypeError as e:
            print(label, "->", e)
    try:
        aiter(BadAiter())
    except TypeError as e:
        print("aiter ->", e)
    try:
        anext([1])
    except TypeError as e:
        print("anext ->", e)
    g = agen()
    print(type(g).__name__, g.__name__, g.ag_running)
    try:
        await g.asend("early")
    except TypeError as e:
        print("TypeError:", e)
    step = g.asend(None)
    print(await step)
    try:
        await step
    except RuntimeError as e:
        print("RuntimeError:", e)
    async for v in g:
        print("rest", v)
    else:
        print("loop else")
    print(await anext(g, "default"))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    s = stubborn()
    await anext(s)
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async for v in leaks():
            print("leaks", v)
    except RuntimeError as e:
        print("RuntimeError:", e)
    sl = slow()
    first = asyncio.ensure_future(anext(sl))
    await asyncio.sleep(0)
    try:
        await anext(sl)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await first)
    t = agen()
    await anext(t)
    try:
        await t.athrow(ValueError("into agen"))
    except ValueError as e:
        print("athrow propagated", repr(e))
    print("aclose after end:", await t.aclose())


asyncio.run(main())
