# shape: producer/consumer over a bounded asyncio.Queue with back-pressure and a sentinel per consumer
import asyncio
import random

DONE = None


async def producer(queue, count, n_consumers):
    loop = asyncio.get_running_loop()
    for i in range(count):
        await asyncio.sleep(random.uniform(0.05, 0.3))
        item = f"order-{i:02d}"
        await queue.put(item)
        print(f"{loop.time():6.3f} produced {item} (queue size {queue.qsize()})")
    for _ in range(n_consumers):
        await queue.put(DONE)
    print(f"{loop.time():6.3f} producer finished")


async def consumer(name, queue, handled):
    loop = asyncio.get_running_loop()
    while True:
        item = await queue.get()
        if item is DONE:
            print(f"{loop.time():6.3f} {name} stops")
            return
        await asyncio.sleep(random.uniform(0.2, 0.6))
        handled.setdefault(name, []).append(item)
        print(f"{loop.time():6.3f} {name} packed {item}")


async def main():
    queue = asyncio.Queue(maxsize=2)
    handled = {}
    consumers = [consumer(f"packer-{i}", queue, handled) for i in range(2)]
    await asyncio.gather(producer(queue, 8, 2), *consumers)
    for name in sorted(handled):
        print(name, len(handled[name]), handled[name])


asyncio.run(main())
