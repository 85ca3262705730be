# pins: Lock is FIFO; a cancelled waiter is skipped; cancelling the holder inside async with releases the lock
import asyncio

async def user(name, lock, hold):
    try:
        print(name, "wants lock")
        async with lock:
            print(name, "has lock")
            await asyncio.sleep(hold)
            print(name, "releasing")
    except asyncio.CancelledError:
        print(name, "cancelled; lock locked =", lock.locked())
        raise

async def main():
    lock = asyncio.Lock()
    tasks = [asyncio.create_task(user(f"u{i}", lock, 1)) for i in range(4)]
    await asyncio.sleep(0.5)
    tasks[2].cancel()
    tasks[0].cancel()
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in res], lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    await lock.acquire()
    print("acquired manually:", lock.locked())
    lock.release()
    print("released:", lock.locked())

asyncio.run(main())
