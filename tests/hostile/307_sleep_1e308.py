# expect: budget: virtual time
# await asyncio.sleep(1e308): CPython's loop advances the clock 86,400 s per select, forever.
import asyncio

async def main():
    await asyncio.sleep(1e308)
    print("woke")

asyncio.run(main())
