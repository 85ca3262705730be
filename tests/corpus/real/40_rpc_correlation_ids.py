# shape: request/response over queues with correlation ids: a client keeps a dict of pending Futures, a server replies out of order, slow calls time out
import asyncio
import itertools


class Client:
    def __init__(self, outbox, inbox):
        self.outbox = outbox
        self.inbox = inbox
        self.pending = {}
        self.ids = itertools.count(1)

    async def call(self, method, arg, timeout=2.0):
        cid = next(self.ids)
        fut = asyncio.get_running_loop().create_future()
        self.pending[cid] = fut
        await self.outbox.put((cid, method, arg))
        try:
            return await asyncio.wait_for(fut, timeout)
        finally:
            self.pending.pop(cid, None)

    async def receive(self):
        while True:
            cid, result = await self.inbox.get()
            fut = self.pending.get(cid)
            if fut is None:
                print(f"  late reply for #{cid} dropped")
            elif not fut.done():
                fut.set_result(result)


async def server(requests, replies):
    costs = {"square": 0.3, "slow_sum": 2.5, "upper": 0.1}

    async def handle(cid, method, arg):
        await asyncio.sleep(costs[method])
        if method == "square":
            result = arg * arg
        elif method == "slow_sum":
            result = sum(arg)
        else:
            result = arg.upper()
        await replies.put((cid, result))

    while True:
        cid, method, arg = await requests.get()
        asyncio.create_task(handle(cid, method, arg))


async def main():
    loop = asyncio.get_running_loop()
    requests, replies = asyncio.Queue(), asyncio.Queue()
    client = Client(requests, replies)
    bg = [asyncio.create_task(server(requests, replies)), asyncio.create_task(client.receive())]
    calls = [("square", 12), ("slow_sum", [1, 2, 3]), ("upper", "hi")]
    results = await asyncio.gather(*(client.call(m, a) for m, a in calls), return_exceptions=True)
    for (m, _), r in zip(calls, results):
        print(f"{m}: {r!r}")
    await asyncio.sleep(1)
    print("pending after:", client.pending, "t =", loop.time())
    for t in bg:
        t.cancel()


asyncio.run(main())
