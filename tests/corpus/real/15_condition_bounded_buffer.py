# shape: bounded buffer built on asyncio.Condition (wait_for predicates, notify_all) shared by two producers and one consumer
import asyncio


class Buffer:
    def __init__(self, size):
        self.size = size
        self.items = []
        self.cond = asyncio.Condition()

    async def put(self, item):
        async with self.cond:
            await self.cond.wait_for(lambda: len(self.items) < self.size)
            self.items.append(item)
            self.cond.notify_all()

    async def get(self):
        async with self.cond:
            await self.cond.wait_for(lambda: self.items)
            item = self.items.pop(0)
            self.cond.notify_all()
            return item


async def producer(buf, name, n, delay):
    loop = asyncio.get_running_loop()
    for i in range(n):
        await asyncio.sleep(delay)
        await buf.put(f"{name}{i}")
        print(f"{loop.time():.2f} {name} put {name}{i} -> {buf.items}")


async def consumer(buf, total):
    loop = asyncio.get_running_loop()
    got = []
    for _ in range(total):
        item = await buf.get()
        got.append(item)
        print(f"{loop.time():.2f} consumer took {item}")
        await asyncio.sleep(0.4)
    return got


async def main():
    buf = Buffer(2)
    _, _, got = await asyncio.gather(producer(buf, "p", 4, 0.1), producer(buf, "q", 3, 0.15), consumer(buf, 7))
    print("consumed order:", got)


asyncio.run(main())
