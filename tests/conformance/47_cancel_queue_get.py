# pins: cancelling a consumer blocked in Queue.get; items then go to the next getter; cancelled putter leaves no item
import asyncio

async def consumer(name, q):
    try:
        while True:
            item = await q.get()
            print(name, "got", item)
    except asyncio.CancelledError:
        print(name, "cancelled, qsize =", q.qsize())
        raise

async def main():
    q = asyncio.Queue()
    c1 = asyncio.create_task(consumer("c1", q))
    c2 = asyncio.create_task(consumer("c2", q))
    await asyncio.sleep(0.1)
    c1.cancel()
    await asyncio.sleep(0)
    for i in range(3):
        q.put_nowait(i)
    await asyncio.sleep(0.1)
    c2.cancel()
    await asyncio.gather(c1, c2, return_exceptions=True)
    bq = asyncio.Queue(maxsize=1)
    await bq.put("first")
    p = asyncio.create_task(bq.put("second"))
    await asyncio.sleep(0.1)
    print("putter blocked, full =", bq.full())
    p.cancel()
    await asyncio.gather(p, return_exceptions=True)
    print("after cancel: qsize =", bq.qsize(), bq.get_nowait(), bq.empty())

asyncio.run(main())
