# An LLM batch job to tune: 100 prompts through the OpenAI SDK, at most
# CONCURRENCY in flight. The provider allows 500 requests per minute,
# enforced per second (a bucket of 9 refilled at 8.33 a second), answers in
# about 1.2 s, and sends no retry-after with its 429s, so the SDK backs off
# 0.5 s, then 1 s, and gives up after its default 2 retries. Little's law:
# 8.33 a second x 1.24 s is about 10 requests usefully in flight. Below
# that the batch is slow; above it the extra requests only collect 429s,
# and from about 12 on some calls run out of retries and fail. Sweep it:
#   turnstile sweep presets/13_llm_batch_tuner.py --param CONCURRENCY
import asyncio
import random
import time

import turnstile
from openai import AsyncOpenAI
from turnstile.latency import lognormal

CONCURRENCY = 8  # slider: 1..40 requests in flight
PROMPTS = 100

# The provider's latencies and the SDK's jitter follow the run's seed
# (turnstile run --seed N), so a sweep over seeds shows the spread.
provider = turnstile.configure(rpm=500, enforce="second", latency=lognormal(1.2, 0.25), retry_after=None,
                               seed=random.randrange(1000000))
client = AsyncOpenAI()


async def summarize(i, sem):
    async with sem:
        response = await client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": "Summarize support ticket #%d in one line." % i}],
            max_tokens=60)
        return response.choices[0].message.content


async def main():
    sem = asyncio.Semaphore(CONCURRENCY)
    t0 = time.monotonic()
    results = await asyncio.gather(*[summarize(i, sem) for i in range(PROMPTS)], return_exceptions=True)
    failed = [r for r in results if isinstance(r, Exception)]
    stats = provider.stats()
    print("concurrency %d: %d prompts in %.2f s, %d failed" % (
        CONCURRENCY, PROMPTS, time.monotonic() - t0, len(failed)))
    print("the provider saw %d requests: %d answered, %d refused with a 429" % (
        stats["requests"], stats["completed"], stats["rejected"]["rpm"]))
    if failed:
        print("first failure:", type(failed[0]).__name__)


asyncio.run(main())
