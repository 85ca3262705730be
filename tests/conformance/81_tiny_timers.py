# pins: timers within clock resolution (1e-9) of now fire in the next iteration; sleep(0) vs sleep(1e-12) interleaving
import asyncio

async def spin(name, d, n):
    loop = asyncio.get_running_loop()
    for i in range(n):
        await asyncio.sleep(d)
        print(name, i, repr(loop.time()))

async def main():
    await asyncio.gather(spin("zero", 0, 3), spin("tiny", 1e-12, 3), spin("small", 1e-6, 2))
    loop = asyncio.get_running_loop()
    print("after tiny sleeps", repr(loop.time()))
    await asyncio.sleep(2e-9)
    print("2e-9 later", repr(loop.time()))
    await asyncio.gather(spin("half-ns", 5e-10, 2), spin("zero", 0, 2))

asyncio.run(main())
