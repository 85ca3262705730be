# x-ratelimit-* headers on successful answers, following the buckets as
# they drain and refill (OpenAI's reset format: "120ms", "8.64s", "1m0s").
import asyncio

from openai import AsyncOpenAI
from turnstile import Provider

provider = Provider(rpm=30, tpm=2400, latency=0.1)


async def main():
    for i in range(6):
        r = await provider.chat("gpt-4o-mini", [{"role": "user", "content": "x" * 40}], max_tokens=100)
        h = r.headers
        print(r.status_code, h["x-ratelimit-remaining-requests"], h["x-ratelimit-reset-requests"],
              h["x-ratelimit-remaining-tokens"], h["x-ratelimit-reset-tokens"], h.get("retry-after"))
        await asyncio.sleep(i * 3)


asyncio.run(main())
