# pins: multiple blocked getters are served FIFO; several put_nowait at once wake getters in order
import asyncio

async def getter(name, q):
    item = await q.get()
    print(name, "got", item)
    return item

async def main():
    q = asyncio.Queue()
    gs = [asyncio.create_task(getter(f"g{i}", q)) for i in range(4)]
    await asyncio.sleep(0.1)
    q.put_nowait("one")
    q.put_nowait("two")
    print("two items put, qsize", q.qsize())
    await asyncio.sleep(0)
    print("after one iteration qsize", q.qsize())
    await q.put("three")
    await q.put("four")
    print(await asyncio.gather(*gs))
    lq = asyncio.Queue(2)
    for i in range(4):
        asyncio.create_task(lq.put(i))
    await asyncio.sleep(0)
    print("full:", lq.full(), "qsize:", lq.qsize())
    print([await lq.get() for _ in range(4)])

asyncio.run(main())
