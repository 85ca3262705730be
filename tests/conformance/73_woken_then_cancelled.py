# pins: a semaphore waiter that is woken and then cancelled before it runs passes its permit to the next waiter
import asyncio

async def holder(sem):
    async with sem:
        await asyncio.sleep(1)
        print("holder releasing")
    print("holder done")

async def waiter(name, sem):
    try:
        async with sem:
            print(name, "acquired")
            await asyncio.sleep(0.5)
        print(name, "released")
    except asyncio.CancelledError:
        print(name, "cancelled; locked =", sem.locked())
        raise

async def main():
    sem = asyncio.Semaphore(1)
    h = asyncio.create_task(holder(sem))
    a = asyncio.create_task(waiter("a", sem))
    b = asyncio.create_task(waiter("b", sem))
    await asyncio.sleep(1)
    print("main at t=1 runs before the holder releases")
    await asyncio.sleep(0)
    print("holder has released and woken a; cancelling a now:", a.cancel())
    res = await asyncio.gather(h, a, b, return_exceptions=True)
    print([type(r).__name__ for r in res], "locked =", sem.locked())

asyncio.run(main())
