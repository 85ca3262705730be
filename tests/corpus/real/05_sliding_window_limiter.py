# shape: sliding-window rate limiter (deque of timestamps) that rejects instead of waiting, with clients retrying later
import asyncio
from collections import deque


class SlidingWindow:
    def __init__(self, limit, window):
        self.limit = limit
        self.window = window
        self.hits = deque()

    def allow(self, now):
        while self.hits and now - self.hits[0] >= self.window:
            self.hits.popleft()
        if len(self.hits) < self.limit:
            self.hits.append(now)
            return True
        return False

    def retry_after(self, now):
        return self.hits[0] + self.window - now


async def client(name, limiter, n, gap):
    loop = asyncio.get_running_loop()
    sent = 0
    rejected = 0
    while sent < n:
        now = loop.time()
        if limiter.allow(now):
            sent += 1
            print(f"{now:5.2f} {name} ok ({sent}/{n})")
            await asyncio.sleep(gap)
        else:
            rejected += 1
            wait = limiter.retry_after(now)
            print(f"{now:5.2f} {name} rejected, retry in {wait:.2f}")
            await asyncio.sleep(wait)
    return name, rejected


async def main():
    limiter = SlidingWindow(limit=3, window=1.0)
    results = await asyncio.gather(client("A", limiter, 4, 0.1), client("B", limiter, 3, 0.25))
    print("rejections:", dict(results))


asyncio.run(main())
