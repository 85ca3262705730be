# The SDK retries by itself: with max_retries=2 (the default) a 429 is tried
# three times before RateLimitError reaches the caller. with_options changes
# it for one call. The provider counts every attempt.
import asyncio

from openai import AsyncOpenAI, RateLimitError
from turnstile import Provider

provider = Provider(rpm=6, enforce="second", latency=0.2, retry_after=None)
client = AsyncOpenAI(provider=provider)
msg = [{"role": "user", "content": "count"}]


async def call(c, label):
    before = provider.requests
    try:
        await c.chat.completions.create(model="gpt-4o-mini", messages=msg, max_tokens=5)
        result = "ok"
    except RateLimitError:
        result = "RateLimitError"
    print(label, result, "attempts:", provider.requests - before)


async def main():
    await call(client, "first")
    # rpm=6 per second: a bucket of 1, refilled every 10 s
    await call(client, "default retries")
    await call(client.with_options(max_retries=0), "no retries")
    await call(client.with_options(max_retries=5), "five retries")
    print(provider.stats()["rejected"]["rpm"], "rejected,", provider.accepted, "accepted")


asyncio.run(main())
