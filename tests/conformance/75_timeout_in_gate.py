# pins: wait_for timeouts inside async with sem: a timed-out call still releases its permit for the queue
import asyncio

async def api(i, d):
    await asyncio.sleep(d)
    return f"r{i}"

async def limited(i, sem):
    async with sem:
        print(f"{i} enters")
        try:
            r = await asyncio.wait_for(api(i, 0.3 if i % 3 else 2.0), timeout=1.0)
            print(f"{i} ok {r}")
            return r
        except asyncio.TimeoutError:
            print(f"{i} timed out")
            return None

async def main():
    sem = asyncio.Semaphore(2)
    res = await asyncio.gather(*[limited(i, sem) for i in range(6)])
    print(res)

asyncio.run(main())
