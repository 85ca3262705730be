# pins: producer/consumer pool with a sentinel per worker, results gathered in completion order
import asyncio

async def producer(q, n, nworkers):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0.05)
    for _ in range(nworkers):
        await q.put(None)

async def worker(wid, q, out):
    while True:
        item = await q.get()
        if item is None:
            print(f"worker {wid} stops")
            return wid
        await asyncio.sleep(0.1 * (item % 3 + 1))
        out.append((item, wid))

async def main():
    q = asyncio.Queue(maxsize=3)
    out = []
    ws = [asyncio.create_task(worker(w, q, out)) for w in range(3)]
    await producer(q, 10, 3)
    print("producer done at", asyncio.get_running_loop().time())
    print(await asyncio.gather(*ws))
    print(out)

asyncio.run(main())
