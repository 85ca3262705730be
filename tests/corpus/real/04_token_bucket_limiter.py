# shape: token-bucket rate limiter guarding an API client; requests wait for refills measured on time.monotonic
import asyncio
import time


class TokenBucket:
    def __init__(self, rate, capacity):
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.updated = time.monotonic()
        self.lock = asyncio.Lock()

    def _refill(self):
        now = time.monotonic()
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now

    async def acquire(self):
        async with self.lock:
            self._refill()
            while self.tokens < 1:
                wait = (1 - self.tokens) / self.rate
                await asyncio.sleep(wait)
                self._refill()
            self.tokens -= 1


async def call_api(bucket, i, log):
    await bucket.acquire()
    t = round(time.monotonic(), 3)
    log.append(t)
    print(f"{t:7.3f} request {i} sent")
    await asyncio.sleep(0.05)


async def main():
    bucket = TokenBucket(rate=2, capacity=3)
    log = []
    await asyncio.gather(*(call_api(bucket, i, log) for i in range(9)))
    per_second = {}
    for t in log:
        per_second[int(t)] = per_second.get(int(t), 0) + 1
    print("requests per second:", per_second)


asyncio.run(main())
