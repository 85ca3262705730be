# Big ints as asyncio counts: Queue(maxsize=10**20) keeps the exact int and is
# never full; Semaphore(10**20) and BoundedSemaphore(10**20) count.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=10**20)
    print(q.maxsize, q.full())
    q.put_nowait(1)
    print(q.qsize(), q.full())
    q2 = asyncio.Queue(maxsize=-5)
    for i in range(100):
        q2.put_nowait(i)
    print(q2.maxsize, q2.qsize(), q2.full())
    sem = asyncio.Semaphore(10**20)
    async with sem:
        print(sem.locked())
    b = asyncio.BoundedSemaphore(10**20)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print(e)
    try:
        await asyncio.sleep(10**400)
    except OverflowError as e:
        print(e)


asyncio.run(main())
