# pins: Condition: notify(n) wakes n waiters in FIFO order, notify_all, wait_for predicate, must hold lock
import asyncio

items = []

async def consumer(name, cond):
    async with cond:
        print(name, "waiting")
        await cond.wait()
        print(name, "woke, items =", items)

async def picky(name, cond, want):
    async with cond:
        r = await cond.wait_for(lambda: len(items) >= want)
        print(name, "predicate true:", r, "len =", len(items))

async def main():
    cond = asyncio.Condition()
    cs = [asyncio.create_task(consumer(f"c{i}", cond)) for i in range(4)]
    ps = [asyncio.create_task(picky("p3", cond, 3)), asyncio.create_task(picky("p1", cond, 1))]
    await asyncio.sleep(1)
    async with cond:
        items.append("x")
        cond.notify(2)
        print("notified 2")
    await asyncio.sleep(1)
    async with cond:
        items.append("y")
        cond.notify_all()
        print("notified all")
    await asyncio.sleep(1)
    async with cond:
        items.append("z")
        cond.notify()
    await asyncio.gather(*cs, *ps)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
