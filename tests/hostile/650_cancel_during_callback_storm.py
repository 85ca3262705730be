# expect: ok
# 10,000 tasks that each cancel the next one.
import asyncio

async def main():
    tasks = []

    async def worker(i):
        if i + 1 < len(tasks):
            tasks[i + 1].cancel()
        await asyncio.sleep(1)
        return i

    for i in range(10000):
        tasks.append(asyncio.create_task(worker(i)))
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print(sum(1 for r in res if isinstance(r, asyncio.CancelledError)), res[0])

asyncio.run(main())
