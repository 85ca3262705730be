# pins: Semaphore(2) with 5 workers: acquire of a free permit does not yield; waiters enter FIFO as permits free
import asyncio

async def worker(i, sem):
    print(f"w{i} at gate, locked={sem.locked()}")
    async with sem:
        print(f"w{i} inside")
        await asyncio.sleep(1 + (i % 2) * 0.5)
        print(f"w{i} leaving")
    print(f"w{i} done")

async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*[worker(i, sem) for i in range(5)])
    s0 = asyncio.Semaphore(0)
    print("Semaphore(0) locked:", s0.locked())
    s0.release()
    print("after release:", s0.locked())
    print(await s0.acquire(), s0.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
