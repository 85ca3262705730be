# pins: async list/set/dict comprehensions with async for and if, await inside a comprehension, async genexpr consumed by async for
import asyncio


async def squares(n):
    for i in range(n):
        await asyncio.sleep(0.1)
        yield i * i


async def double(x):
    await asyncio.sleep(0.05)
    return x * 2


async def main():
    print([x async for x in squares(5)])
    print([x async for x in squares(6) if x % 2 == 0])
    print({x: x % 3 async for x in squares(4)})
    print(sorted({x % 4 async for x in squares(5)}))
    print([await double(x) for x in range(3)])
    gen = (x + 1 async for x in squares(3))
    async for v in gen:
        print("genexpr item", v)
    print("time", round(asyncio.get_running_loop().time(), 3))


asyncio.run(main())
