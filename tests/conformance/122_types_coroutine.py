# pins: types.coroutine generators: awaitable, a bare yield gives the loop one turn, yield from a coroutine or a future inside them, ensure_future/gather of one; a plain generator is not awaitable
import asyncio
import types


@types.coroutine
def one_turn(tag):
    print("turn", tag)
    yield
    return tag + "!"


async def child(x):
    await asyncio.sleep(0.5)
    return x * 2


@types.coroutine
def legacy(x):
    doubled = yield from child(x)
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.25, fut.set_result, doubled + 1)
    got = yield from fut
    return got


async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0)


def plain():
    yield 1


async def main():
    t = asyncio.create_task(ticker())
    print(await one_turn("a"), await one_turn("b"))
    await t
    print("legacy:", await legacy(5), asyncio.get_running_loop().time())
    print("ensure_future:", await asyncio.ensure_future(legacy(1)))
    print("gather:", await asyncio.gather(legacy(2), one_turn("c")))
    print(types.GeneratorType is type(plain()), types.CoroutineType.__name__, types.AsyncGeneratorType.__name__)
    try:
        await plain()
    except TypeError as e:
        print("TypeError:", e)

    def not_iterable_coroutine():
        yield from child(1)

    try:
        next(not_iterable_coroutine())
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
