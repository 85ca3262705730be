# pins: loop.time() equals time.monotonic() on the virtual clock, in and out of the loop, across two loops
import asyncio
import time

loop = asyncio.new_event_loop()
print(loop.time() == time.monotonic(), loop.time())


async def main():
    await asyncio.sleep(2.5)
    print("inside", asyncio.get_running_loop().time(), time.monotonic(), time.time())


loop.run_until_complete(main())
loop.close()
other = asyncio.new_event_loop()
print("new loop continues the clock:", other.time())
other.run_until_complete(asyncio.sleep(0.5))
print(other.time(), time.perf_counter())
other.close()
