# retry-after-ms wins over the exponential backoff: the SDK waits exactly
# the milliseconds the server names (0 < wait <= 60 s), so each retry lands
# as the bucket refills. With retry_after=None it falls back to backoff.
import asyncio

from openai import AsyncOpenAI
from turnstile import Provider


async def run(hint):
    provider = Provider(rpm=120, enforce="second", latency=0.25, retry_after=hint, name=str(hint))
    client = AsyncOpenAI(provider=provider, max_retries=4)

    async def one(i):
        r = await client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": str(i)}],
                                                 max_tokens=3)
        print(hint, i, r.id)

    await asyncio.gather(*[one(i) for i in range(5)])
    print(hint, "attempts:", provider.requests, "rejected:", provider.rejected["rpm"])


async def main():
    await run("ms")
    await run("seconds")
    await run(None)


asyncio.run(main())
