# expect: ok
# 100,000 tasks waiting on one Event set once.
import asyncio

async def main():
    ev = asyncio.Event()
    woke = 0

    async def waiter():
        nonlocal woke
        await ev.wait()
        woke += 1

    ts = [asyncio.create_task(waiter()) for i in range(100000)]
    await asyncio.sleep(1)
    ev.set()
    await asyncio.gather(*ts)
    print(woke)

asyncio.run(main())
