# max_concurrency: a server that takes at most 3 requests at a time answers
# the 4th with a 429 (cause "concurrency"); a client-side Semaphore(3)
# keeps it happy.
import asyncio

from openai import AsyncOpenAI, RateLimitError
from turnstile import Provider


async def run(sem):
    provider = Provider(max_concurrency=3, latency=1.0)
    client = AsyncOpenAI(provider=provider, max_retries=0)

    async def one(i):
        try:
            if sem is None:
                await client.chat.completions.create(model="m", messages=[{"role": "user", "content": "x"}])
            else:
                async with sem:
                    await client.chat.completions.create(model="m", messages=[{"role": "user", "content": "x"}])
            return "ok"
        except RateLimitError as e:
            return e.body["message"]

    results = await asyncio.gather(*[one(i) for i in range(6)])
    print(results[0], "|", results[-1])
    print("max in flight:", provider.max_in_flight, "rejected:", provider.rejected["concurrency"])


async def main():
    await run(None)
    await run(asyncio.Semaphore(3))


asyncio.run(main())
