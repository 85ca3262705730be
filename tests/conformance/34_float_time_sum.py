# pins: virtual time is float arithmetic: ten sleep(0.1) steps end at 0.9999999999999999, before a 1.0 timer
import asyncio
import time

async def stepper():
    for i in range(10):
        await asyncio.sleep(0.1)
    print("stepper done", repr(asyncio.get_running_loop().time()), repr(time.time()))

async def one_shot():
    await asyncio.sleep(1.0)
    print("one_shot done", repr(asyncio.get_running_loop().time()))

async def main():
    await asyncio.gather(one_shot(), stepper())
    loop = asyncio.get_running_loop()
    for d in [0.1, 0.2, 0.7, 1e-10, 0.3]:
        await asyncio.sleep(d)
        print(repr(loop.time()), f"{loop.time():.3f}")

asyncio.run(main())
