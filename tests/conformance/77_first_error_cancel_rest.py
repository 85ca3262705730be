# pins: the common pattern: on the first failure, cancel the remaining tasks and collect their states
import asyncio

async def fetch(i):
    try:
        await asyncio.sleep(0.2 * i)
        if i == 3:
            raise ConnectionError(f"fetch {i} failed")
        print("fetched", i)
        return i
    except asyncio.CancelledError:
        print("fetch", i, "cancelled")
        raise

async def main():
    tasks = [asyncio.create_task(fetch(i)) for i in range(1, 7)]
    try:
        await asyncio.gather(*tasks)
    except ConnectionError as e:
        print("first failure:", e)
        for t in tasks:
            if not t.done():
                t.cancel()
    await asyncio.sleep(0)
    states = []
    for t in tasks:
        if t.cancelled():
            states.append("cancelled")
        elif t.exception() is not None:
            states.append("error")
        else:
            states.append(t.result())
    print(states)

asyncio.run(main())
