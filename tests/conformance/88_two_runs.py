# pins: two asyncio.run calls in one script: the virtual clock keeps running across them (it never resets)
import asyncio
import time

async def phase(name, d):
    await asyncio.sleep(d)
    print(name, "at", asyncio.get_running_loop().time(), time.time())
    return name

print(asyncio.run(phase("first", 1.5)))
time.sleep(0.25)
print(asyncio.run(phase("second", 1)))
print("end", time.monotonic())
