# Latency that grows with the answer: 0.2 s + 30 ms per token, plus a little
# uniform jitter. Longer answers (bigger max_tokens) take longer.
import asyncio
import time

from openai import AsyncOpenAI
from turnstile import Provider, latency

provider = Provider(latency=latency.per_token(0.2, 0.03, jitter=latency.uniform(0.0, 0.1)), answer_tokens=(40, 80))
client = AsyncOpenAI(provider=provider)


async def timed(limit):
    t0 = time.monotonic()
    r = await client.chat.completions.create(model="gpt-4o-mini", max_tokens=limit,
                                             messages=[{"role": "user", "content": "go"}])
    return limit, r.usage.completion_tokens, time.monotonic() - t0


async def main():
    for limit, tokens, took in await asyncio.gather(*[timed(n) for n in (5, 10, 20, 40, 80, None)]):
        print("max_tokens=%-4s tokens=%3d  %.3f s" % (limit, tokens, took))


asyncio.run(main())
