# expect: ok
# Queue(maxsize=10**20) keeps the exact int.
import asyncio

async def main():
    q = asyncio.Queue(maxsize=10**20)
    print(q.maxsize, q.full())
    q.put_nowait(1)
    print(q.qsize(), q.full())

asyncio.run(main())
