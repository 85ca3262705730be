# expect: ok
# await asyncio.sleep(1e7): CPython gets there in 116 selects of 86,400 s; a virtual-time budget must allow it.
import asyncio

async def main():
    await asyncio.sleep(1e7)
    print("woke")

asyncio.run(main())
