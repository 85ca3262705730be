# pins: create_task(coro=...), loop.create_task(coro=...) and asyncio.Task(coro=..., name=...) keyword forms
import asyncio


async def work(tag, delay):
    await asyncio.sleep(delay)
    return tag


async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(coro=work("a", 0.3))
    b = loop.create_task(coro=work("b", 0.1), name="bee")
    c = asyncio.Task(coro=work("c", 0.2), name="sea")
    print(a.get_name(), b.get_name(), c.get_name())
    for t in asyncio.as_completed([a, b, c]):
        print(await t, loop.time())


asyncio.run(main())
