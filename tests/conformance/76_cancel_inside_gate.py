# pins: cancelling a task inside async with sem releases its permit; cancelling a waiter removes it from the queue
import asyncio

async def work(name, sem, d):
    try:
        async with sem:
            print(name, "inside")
            await asyncio.sleep(d)
            print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    finally:
        print(name, "exit; locked =", sem.locked())

async def main():
    sem = asyncio.Semaphore(2)
    ts = {n: asyncio.create_task(work(n, sem, 1)) for n in ["a", "b", "c", "d"]}
    await asyncio.sleep(0.5)
    ts["a"].cancel()
    ts["d"].cancel()
    await asyncio.sleep(0)
    print("after cancels")
    res = await asyncio.gather(*ts.values(), return_exceptions=True)
    print({k: type(v).__name__ for k, v in zip(ts, res)})

asyncio.run(main())
