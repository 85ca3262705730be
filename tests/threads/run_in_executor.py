# A 1-unit blocking call in run_in_executor: the loop's other task ticks meanwhile.
import asyncio
import time
UNIT = 1.0

async def ticker(n):
    for i in range(n):
        await asyncio.sleep(UNIT / 4)
    return n

async def main():
    loop = asyncio.get_running_loop()
    t0 = time.monotonic()
    r = await asyncio.gather(loop.run_in_executor(None, time.sleep, UNIT), ticker(3))
    print("ticks", r[1])
    print("elapsed %.3f" % (time.monotonic() - t0))

asyncio.run(main())
