# Retry storm: 30 clients hit a 10-per-second limit at once with the SDK's
# retries off and tenacity retrying. wait_fixed(1) sends every failure back
# at the same instant -- but this bucket refills 10 a second, so each wave
# meets a fresh second's ten slots and the fixed wait wins here (2.2 s, 60
# attempts); wait_random_exponential scatters the retries into partly
# refilled buckets and needs more (3.1 s, 75). Jitter pays off when the
# waves would land on an empty bucket, not when they match its refill.
import asyncio
import time

from openai import AsyncOpenAI, RateLimitError
from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_fixed, wait_random_exponential
from turnstile import Provider


async def storm(label, wait):
    provider = Provider(rpm=600, enforce="second", latency=0.2, name=label)
    client = AsyncOpenAI(provider=provider, max_retries=0)

    @retry(retry=retry_if_exception_type(RateLimitError), stop=stop_after_attempt(20), wait=wait)
    async def call(i):
        return await client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "x"}],
                                                    max_tokens=5)

    t0 = time.monotonic()
    await asyncio.gather(*[call(i) for i in range(30)])
    print("%-8s %5.2f s, attempts %3d, 429s %3d, per minute %s" % (
        label, time.monotonic() - t0, provider.requests, provider.rejected["rpm"], provider.requests_per_minute))


async def main():
    await storm("fixed", wait_fixed(1))
    await storm("jitter", wait_random_exponential(multiplier=0.5, max=8))


asyncio.run(main())
