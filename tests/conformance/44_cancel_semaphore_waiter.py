# pins: cancelling a task queued on a semaphore removes it from the queue; the permit goes to the next waiter
import asyncio

async def worker(name, sem, hold):
    print(name, "waiting for gate")
    try:
        async with sem:
            print(name, "inside, locked =", sem.locked())
            await asyncio.sleep(hold)
            print(name, "leaving")
    except asyncio.CancelledError:
        print(name, "cancelled, locked =", sem.locked())
        raise

async def main():
    sem = asyncio.Semaphore(1)
    a = asyncio.create_task(worker("a", sem, 1))
    b = asyncio.create_task(worker("b", sem, 1))
    c = asyncio.create_task(worker("c", sem, 1))
    await asyncio.sleep(0.5)
    b.cancel()
    res = await asyncio.gather(a, b, c, return_exceptions=True)
    print([type(r).__name__ for r in res], "locked:", sem.locked())
    d = asyncio.create_task(worker("d", sem, 1))
    e = asyncio.create_task(worker("e", sem, 1))
    await asyncio.sleep(1)
    e.cancel()
    await asyncio.sleep(0)
    print("e cancelled in the same iteration d releases: locked =", sem.locked())
    await asyncio.gather(d, e, return_exceptions=True)
    print("final locked:", sem.locked())

asyncio.run(main())
