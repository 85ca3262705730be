# expect: ok
# 50,000 tasks waiting on one Semaphore(1).
import asyncio

async def main():
    sem = asyncio.Semaphore(1)
    done = 0

    async def worker():
        nonlocal done
        async with sem:
            done += 1

    await asyncio.gather(*[worker() for i in range(50000)])
    print(done)

asyncio.run(main())
