# Little's law: throughput = concurrency / latency. With a fixed 0.5 s
# latency, 100 calls at concurrency c take about 100 / (c / 0.5) s -- until
# the rate limit (600 RPM = 10 per second, enforced per second) caps it.
import asyncio
import time

from openai import AsyncOpenAI
from turnstile import Provider


async def run(concurrency):
    provider = Provider(rpm=600, enforce="second", latency=0.5, retry_after="ms")
    client = AsyncOpenAI(provider=provider, max_retries=100)
    sem = asyncio.Semaphore(concurrency)

    async def one(i):
        async with sem:
            await client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "x"}],
                                                 max_tokens=5)

    t0 = time.monotonic()
    await asyncio.gather(*[one(i) for i in range(100)])
    elapsed = time.monotonic() - t0
    print("concurrency %2d: %6.2f s, %5.2f calls/s (law: %5.2f), 429s: %d" % (
        concurrency, elapsed, 100 / elapsed, concurrency / 0.5, provider.rejected["rpm"]))


async def main():
    for c in (1, 2, 4, 5, 8, 16):
        await run(c)


asyncio.run(main())
