# expect: ValueError: BoundedSemaphore released too many times
# A BoundedSemaphore(10**20) released above its start value.
import asyncio

async def main():
    s = asyncio.BoundedSemaphore(10**20)
    await s.acquire()
    s.release()
    s.release()

asyncio.run(main())
