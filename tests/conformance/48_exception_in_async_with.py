# pins: an exception inside async with sem releases the permit; the next waiter enters; handler runs outside the gate
import asyncio

async def task(i, sem):
    try:
        async with sem:
            print(i, "in gate, locked =", sem.locked())
            await asyncio.sleep(0.5)
            if i % 2 == 0:
                raise ValueError(f"task {i} failed inside the gate")
            print(i, "ok")
        print(i, "after gate")
    except ValueError as e:
        print(i, "handled:", e, "| locked =", sem.locked())
        return "failed"
    return "ok"

async def main():
    sem = asyncio.Semaphore(2)
    print(await asyncio.gather(*[task(i, sem) for i in range(5)]))
    lock = asyncio.Lock()
    try:
        async with lock:
            print("lock held:", lock.locked())
            raise KeyError("inside lock")
    except KeyError as e:
        print("caught", repr(e), "lock held:", lock.locked())

asyncio.run(main())
