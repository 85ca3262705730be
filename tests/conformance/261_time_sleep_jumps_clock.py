# time.sleep jumps the virtual clock at once however far, as CPython's clock does:
# the virtual-time budget bounds only the loop's own advances.
import asyncio
import time

async def main():
    await asyncio.sleep(1)
    print("slept", time.time())

asyncio.run(main())
time.sleep(5e9)
print("after five billion seconds", time.time() > 5e9)
time.sleep(1e300)
print("late", time.time() == 1e300 + 5e9 + 1)
