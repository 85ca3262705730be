# target: 30x
# 50,000 tasks through a gate of 100: the engine's throughput benchmark.
import asyncio

async def worker(i, sem, done):
    async with sem:
        await asyncio.sleep(0.01 * (i % 7))
        done.append(i)

async def main():
    sem = asyncio.Semaphore(100)
    done = []
    await asyncio.gather(*[worker(i, sem, done) for i in range(50000)])
    print(len(done), sum(done))

asyncio.run(main())
