# pins: Queue.task_done/join: join returns only after every item is marked done; too many task_done -> ValueError
import asyncio

async def worker(name, q):
    while True:
        item = await q.get()
        await asyncio.sleep(item)
        print(name, "processed", item)
        q.task_done()

async def main():
    q = asyncio.Queue()
    for d in [0.3, 0.1, 0.2, 0.1, 0.4]:
        q.put_nowait(d)
    workers = [asyncio.create_task(worker(f"w{i}", q)) for i in range(2)]
    print("joining with", q.qsize(), "items")
    await q.join()
    print("join returned, qsize", q.qsize())
    await q.join()
    print("second join returns immediately")
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
