# pins: async generators left suspended are closed by asyncio.run's shutdown_asyncgens (after main returns, finally blocks may await); finished ones are not closed again
import asyncio


async def agen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("agen cleanup", tag, asyncio.get_running_loop().time())


async def slow_cleanup():
    try:
        yield "x"
    finally:
        await asyncio.sleep(1)
        print("slow cleanup done", asyncio.get_running_loop().time())


async def first():
    async for x in agen("broken out of"):
        print("got", x)
        break
    print("after break")
    await asyncio.sleep(0.5)
    async for x in agen("exhausted"):
        print("exhausted got", x)
    print("main ends", asyncio.get_running_loop().time())


async def second():
    g = slow_cleanup()
    print(await anext(g))
    print("second main ends", asyncio.get_running_loop().time())
    return "result"


asyncio.run(first())
print("between runs")
print(asyncio.run(second()))
print("end")
