# pins: classic lock-order deadlock between two tasks; the main task blocked in gather counts too (3 tasks)
import asyncio

async def worker(name, first, second):
    async with first:
        print(name, "holds its first lock")
        await asyncio.sleep(0.5)
        print(name, "wants its second lock")
        async with second:
            print("never")

async def main():
    l1 = asyncio.Lock()
    l2 = asyncio.Lock()
    print("starting")
    await asyncio.gather(worker("x", l1, l2), worker("y", l2, l1))

asyncio.run(main())
