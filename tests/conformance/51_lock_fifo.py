# pins: Lock hand-off is FIFO and a free lock is taken without yielding; release wakes the next waiter
import asyncio

shared = []

async def appender(name, lock, n):
    for i in range(n):
        async with lock:
            v = len(shared)
            await asyncio.sleep(0.1)
            shared.append(f"{name}{v}")
        await asyncio.sleep(0)

async def main():
    lock = asyncio.Lock()
    print("locked at start:", lock.locked())
    await asyncio.gather(appender("a", lock, 3), appender("b", lock, 2), appender("c", lock, 2))
    print(shared)
    r = await lock.acquire()
    print("acquire returned", r)
    t = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print("second acquire pending:", not t.done())
    lock.release()
    print("released; task done yet?", t.done(), "locked:", lock.locked())
    await t
    print("task got it:", t.result(), lock.locked())
    lock.release()

asyncio.run(main())
