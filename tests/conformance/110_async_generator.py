# pins: async def with yield is an async generator; awaits between yields interleave with another task; return ends it
import asyncio


async def numbers(name, n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield f"{name}{i}"
    print(name, "exhausted")


async def consume(name, n, delay):
    async for item in numbers(name, n, delay):
        print("got", item, asyncio.get_running_loop().time())


async def main():
    agen = numbers("x", 1, 0)
    print(type(agen).__name__, agen.__name__)
    await asyncio.gather(consume("a", 3, 0.4), consume("b", 2, 0.5))


asyncio.run(main())
