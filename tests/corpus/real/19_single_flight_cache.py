# shape: async cache with single-flight: concurrent misses for one key share one backend call (a Future per key), TTL expiry on the virtual clock
import asyncio


class Cache:
    def __init__(self, ttl, loader):
        self.ttl = ttl
        self.loader = loader
        self.values = {}
        self.inflight = {}
        self.backend_calls = 0

    async def get(self, key):
        loop = asyncio.get_running_loop()
        hit = self.values.get(key)
        if hit and hit[1] > loop.time():
            return hit[0], "hit"
        if key in self.inflight:
            return await self.inflight[key], "joined"
        fut = loop.create_future()
        self.inflight[key] = fut
        try:
            self.backend_calls += 1
            value = await self.loader(key)
            self.values[key] = (value, loop.time() + self.ttl)
            fut.set_result(value)
            return value, "loaded"
        except Exception as e:
            fut.set_exception(e)
            raise
        finally:
            del self.inflight[key]


async def slow_loader(key):
    await asyncio.sleep(1)
    return f"<{key}>"


async def client(cache, name, key, delay):
    await asyncio.sleep(delay)
    value, how = await cache.get(key)
    print(f"{asyncio.get_running_loop().time():.1f} {name} got {value} ({how})")


async def main():
    cache = Cache(ttl=2, loader=slow_loader)
    await asyncio.gather(
        client(cache, "c1", "user:1", 0),
        client(cache, "c2", "user:1", 0.3),
        client(cache, "c3", "user:2", 0.5),
        client(cache, "c4", "user:1", 1.5),
        client(cache, "c5", "user:1", 3.2),
        client(cache, "c6", "user:1", 3.5),
    )
    print("backend calls:", cache.backend_calls)


asyncio.run(main())
