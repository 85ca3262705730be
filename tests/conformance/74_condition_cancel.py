# pins: a task cancelled in Condition.wait re-acquires the lock before CancelledError propagates
import asyncio

async def cwait(name, cond):
    try:
        async with cond:
            print(name, "waiting")
            await cond.wait()
            print(name, "notified")
    except asyncio.CancelledError:
        print(name, "cancelled; lock held by someone:", cond.locked())
        raise

async def main():
    cond = asyncio.Condition()
    a = asyncio.create_task(cwait("a", cond))
    b = asyncio.create_task(cwait("b", cond))
    await asyncio.sleep(0.5)
    async with cond:
        a.cancel()
        print("main holds the lock while a is cancelled")
        await asyncio.sleep(0.5)
        print("main notifies and releases")
        cond.notify_all()
    res = await asyncio.gather(a, b, return_exceptions=True)
    print([type(r).__name__ for r in res], cond.locked())
    lock = asyncio.Lock()
    shared = asyncio.Condition(lock)
    async with shared:
        print("condition on an explicit lock:", lock.locked())

asyncio.run(main())
