# A retry storm: 100 LLM calls at once against a provider that takes 10 in
# flight and answers 429 to the rest (no retry-after). The SDK's own retries
# are off (max_retries=0); tenacity retries each 429, up to 8 attempts, and
# WAIT picks how long it waits in between. Everyone who was refused together
# retries together unless the waits are random: that is what jitter is for.
# Sweep it:  turnstile sweep presets/15_retry_storm.py --param WAIT
import asyncio
import random
import time

import turnstile
from openai import AsyncOpenAI, RateLimitError
from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_exponential, wait_fixed, wait_random_exponential
from turnstile.latency import lognormal

WAIT = 0  # choice: wait_fixed(1), wait_exponential, wait_random_exponential (full jitter)
CALLS = 100

provider = turnstile.configure(rpm=None, tpm=None, max_concurrency=10, latency=lognormal(1.0, 0.2), retry_after=None,
                               seed=random.randrange(1000000))
client = AsyncOpenAI(max_retries=0)
waits = [wait_fixed(1), wait_exponential(multiplier=0.5, max=16), wait_random_exponential(multiplier=0.5, max=16)]


@retry(retry=retry_if_exception_type(RateLimitError), wait=waits[WAIT], stop=stop_after_attempt(8), reraise=True)
async def ask(i):
    r = await client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "Tag photo #%d" % i}])
    return r.choices[0].message.content


async def main():
    t0 = time.monotonic()
    results = await asyncio.gather(*[ask(i) for i in range(CALLS)], return_exceptions=True)
    failed = sum(isinstance(r, Exception) for r in results)
    s = provider.stats()
    print("%d calls in %.2f s, %d failed after 8 attempts; the provider saw %d requests and refused %d" % (
        CALLS, time.monotonic() - t0, failed, s["requests"], s["requests"] - s["completed"]))


asyncio.run(main())
