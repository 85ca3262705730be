# expect: ok
# Queue(maxsize=-5) is unbounded.
import asyncio

async def main():
    q = asyncio.Queue(maxsize=-5)
    for i in range(100):
        q.put_nowait(i)
    print(q.maxsize, q.qsize(), q.full())

asyncio.run(main())
