# A request timeout cancels the simulated call. A provider that never
# answers 1 request in 2 (timeout_rate=0.5) against timeout=5: each hung
# attempt is cancelled after 5 s and retried; APITimeoutError when all of
# them hang. The provider counts the cancelled calls.
import asyncio

from openai import APITimeoutError, AsyncOpenAI
from turnstile import Provider

provider = Provider(timeout_rate=0.5, latency=1.0, seed=4)
client = AsyncOpenAI(provider=provider, timeout=5, max_retries=1)


async def one(i):
    try:
        await client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": str(i)}])
        return "ok"
    except APITimeoutError as e:
        return "%s: %s" % (type(e).__name__, e)


async def main():
    for i, r in enumerate(await asyncio.gather(*[one(i) for i in range(6)])):
        print(i, r)
    print("cancelled:", provider.cancelled, "in flight:", provider.in_flight, "attempts:", provider.requests)
    try:
        await client.with_options(timeout=0.5, max_retries=0).chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": "slow"}])
    except APITimeoutError as e:
        print("short timeout:", e, isinstance(e, Exception))


asyncio.run(main())
