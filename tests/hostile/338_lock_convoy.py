# expect: ok
# 20,000 tasks queuing on one Lock.
import asyncio

async def main():
    lock = asyncio.Lock()
    n = 0

    async def worker():
        nonlocal n
        async with lock:
            n += 1
            await asyncio.sleep(0)

    await asyncio.gather(*[worker() for i in range(20000)])
    print(n)

asyncio.run(main())
