# A 10 ms time.sleep inside a coroutine blocks the loop: the other task's
# 1-unit asyncio.sleep starts, and ends, 10 ms late.
import asyncio
import time
UNIT = 1.0

async def blocker():
    time.sleep(0.01)

async def sleeper():
    t0 = time.monotonic()
    await asyncio.sleep(UNIT)
    return time.monotonic() - t0

async def main():
    t0 = time.monotonic()
    await asyncio.gather(blocker(), sleeper())
    print("elapsed %.3f" % (time.monotonic() - t0))

asyncio.run(main())
