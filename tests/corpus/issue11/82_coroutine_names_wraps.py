# pins: coroutine objects' __name__/__qualname__ (nested, methods) and functools.wraps keeping them on an async decorator; Task repr shows the wrapper's qualname
import asyncio
import functools


def traced(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        print("->", fn.__qualname__, len(args), "args")
        result = await fn(*args, **kwargs)
        print("<-", fn.__qualname__, result)
        return result
    return wrapper


def plain(fn):
    async def wrapper(*args):
        return await fn(*args)
    return wrapper


class Api:
    @traced
    async def get(self, key):
        await asyncio.sleep(0.5)
        return key * 2


@traced
async def top(x):
    async def inner():
        await asyncio.sleep(0.25)
        return x + 1
    c = inner()
    print(c.__name__, c.__qualname__)
    return await c


@plain
async def hidden():
    pass


async def main():
    print(await top(1))
    api = Api()
    coro = api.get("k")
    print(coro.__name__, coro.__qualname__, Api.get.__wrapped__.__qualname__)
    t = asyncio.create_task(coro)
    print(repr(t).split(" at ")[0])
    print(await t)
    h = hidden()
    print(hidden.__name__, hidden.__qualname__, h.__qualname__)
    await h


asyncio.run(main())
