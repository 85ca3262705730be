# The SDK's backoff without retry-after: 0.5 s * 2**n capped at 8 s, each
# shortened by a jitter of 1 - 0.25 * random() (the provider's seeded
# client_rng). A provider that always answers 500 shows every wait.
import asyncio
import time

from openai import AsyncOpenAI, InternalServerError
from turnstile import Provider

provider = Provider(server_error_rate=1.0, latency=0.1, seed=7)
client = AsyncOpenAI(provider=provider, max_retries=6)


async def main():
    t0 = time.monotonic()
    try:
        await client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "x"}])
    except InternalServerError as e:
        print("gave up:", e.status_code, "after", provider.requests, "attempts")
        print(e)
    print("elapsed %.3f s" % (time.monotonic() - t0))
    print("server errors:", provider.errors["server"])


asyncio.run(main())
