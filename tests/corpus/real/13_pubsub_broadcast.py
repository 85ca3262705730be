# shape: publish/subscribe hub: each subscriber owns a queue, the hub fans messages out, slow subscribers lag, unsubscribe on exit
import asyncio


class Hub:
    def __init__(self):
        self.subscribers = {}

    def subscribe(self, name):
        q = asyncio.Queue()
        self.subscribers[name] = q
        return q

    def unsubscribe(self, name):
        del self.subscribers[name]

    def publish(self, topic, payload):
        for name, q in self.subscribers.items():
            q.put_nowait((topic, payload))
        return len(self.subscribers)


async def subscriber(hub, name, topics, delay, limit):
    q = hub.subscribe(name)
    loop = asyncio.get_running_loop()
    seen = 0
    try:
        while seen < limit:
            topic, payload = await q.get()
            if topic not in topics:
                continue
            await asyncio.sleep(delay)
            seen += 1
            print(f"{loop.time():.2f} {name} <- {topic}:{payload} (backlog {q.qsize()})")
    finally:
        hub.unsubscribe(name)
        print(f"{loop.time():.2f} {name} unsubscribed")


async def publisher(hub):
    loop = asyncio.get_running_loop()
    for i in range(6):
        topic = "prices" if i % 2 == 0 else "news"
        n = hub.publish(topic, i)
        print(f"{loop.time():.2f} published {topic}:{i} to {n}")
        await asyncio.sleep(0.3)


async def main():
    hub = Hub()
    subs = [
        asyncio.create_task(subscriber(hub, "fast", {"prices", "news"}, 0.05, 6)),
        asyncio.create_task(subscriber(hub, "slow", {"prices", "news"}, 0.5, 3)),
        asyncio.create_task(subscriber(hub, "prices-only", {"prices"}, 0.1, 3)),
    ]
    await asyncio.sleep(0)
    await publisher(hub)
    await asyncio.gather(*subs)
    print("remaining subscribers:", list(hub.subscribers))


asyncio.run(main())
