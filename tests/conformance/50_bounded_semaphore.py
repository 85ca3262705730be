# pins: BoundedSemaphore over-release raises ValueError; plain Semaphore over-release raises capacity
import asyncio

async def holder(name, sem, d):
    async with sem:
        print(name, "holding")
        await asyncio.sleep(d)
    print(name, "released")

async def main():
    b = asyncio.BoundedSemaphore(2)
    await asyncio.gather(holder("x", b, 1), holder("y", b, 2), holder("z", b, 1))
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    s = asyncio.Semaphore(1)
    s.release()
    s.release()
    print("plain semaphore released twice extra, now 3 permits")
    await asyncio.gather(*[holder(f"p{i}", s, 1) for i in range(5)])

asyncio.run(main())
