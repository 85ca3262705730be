# pins: 3.11 no-barging: after release() wakes a waiter, a newcomer's acquire() queues behind it (Semaphore and Lock)
import asyncio

async def hold(name, prim, d):
    print(name, "acquiring, locked =", prim.locked())
    async with prim:
        print(name, "acquired")
        await asyncio.sleep(d)
    print(name, "released")

async def main():
    loop = asyncio.get_running_loop()
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    w = asyncio.create_task(hold("w", sem, 0.5))
    await asyncio.sleep(0)
    sem.release()
    print("released; woken waiter has not run; locked =", sem.locked())
    await sem.acquire()
    print("main re-acquired at", loop.time(), "w done:", w.done())
    sem.release()
    lock = asyncio.Lock()
    await lock.acquire()
    lw = asyncio.create_task(hold("lw", lock, 0.25))
    await asyncio.sleep(0)
    lock.release()
    print("released lock; locked() =", lock.locked())
    await lock.acquire()
    print("main got lock at", loop.time(), "lw done:", lw.done())
    lock.release()
    a = asyncio.create_task(hold("a", sem, 1))
    b = asyncio.create_task(hold("b", sem, 1))
    await asyncio.sleep(1)
    print("main timer (scheduled before a's) fires first; newcomer c arrives")
    c = asyncio.create_task(hold("c", sem, 1))
    await asyncio.gather(a, b, c)

asyncio.run(main())
