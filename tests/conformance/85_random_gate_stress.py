# pins: 200 workers with seeded random hold times through Semaphore(7): peak concurrency, entry order, end time
import asyncio
import random

inside = 0
peak = 0
order = []

async def worker(i, sem):
    global inside, peak
    await asyncio.sleep(random.uniform(0, 0.5))
    async with sem:
        inside += 1
        peak = max(peak, inside)
        order.append(i)
        await asyncio.sleep(random.expovariate(10))
        inside -= 1

async def main():
    random.seed(7)
    sem = asyncio.Semaphore(7)
    await asyncio.gather(*[worker(i, sem) for i in range(200)])
    print("peak", peak, "entered", len(order))
    print(order[:15])
    print(order[-10:])
    print(f"end {asyncio.get_running_loop().time():.6f}")

asyncio.run(main())
