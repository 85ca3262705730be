# pins: Queue(maxsize) back-pressure: producers block in put() when full and resume as consumers get()
import asyncio

async def producer(name, q, n):
    for i in range(n):
        item = f"{name}-{i}"
        print(name, "putting", item, "qsize", q.qsize())
        await q.put(item)
        print(name, "put", item)
    print(name, "finished")

async def consumer(q, n, delay):
    got = []
    for _ in range(n):
        await asyncio.sleep(delay)
        item = await q.get()
        got.append(item)
        print("consumer got", item, "qsize", q.qsize(), "full", q.full())
    return got

async def main():
    q = asyncio.Queue(maxsize=2)
    res = await asyncio.gather(producer("p1", q, 3), producer("p2", q, 2), consumer(q, 5, 0.5))
    print(res[2])
    print("empty:", q.empty(), "maxsize:", q.maxsize)

asyncio.run(main())
