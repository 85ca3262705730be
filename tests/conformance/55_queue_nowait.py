# pins: get_nowait/put_nowait raise QueueEmpty/QueueFull; qsize/empty/full; FIFO order; put_nowait wakes a getter
import asyncio
from asyncio import Queue, QueueEmpty, QueueFull

async def getter(q):
    print("getter waiting")
    v = await q.get()
    print("getter got", v)

async def main():
    q = Queue(maxsize=3)
    try:
        q.get_nowait()
    except QueueEmpty as e:
        print("QueueEmpty", repr(e))
    for i in range(3):
        q.put_nowait(i * 10)
    print(q.qsize(), q.empty(), q.full())
    try:
        q.put_nowait(99)
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    print([q.get_nowait() for _ in range(3)], q.empty())
    t = asyncio.create_task(getter(q))
    await asyncio.sleep(0)
    q.put_nowait("hello")
    print("after put_nowait, qsize =", q.qsize())
    await t
    u = Queue()
    print(u.maxsize, u.full())
    for i in range(100):
        u.put_nowait(i)
    print(u.qsize(), u.full(), sum(u.get_nowait() for _ in range(100)))
    print(isinstance(QueueFull(), Exception), isinstance(QueueEmpty(), Exception))

asyncio.run(main())
