# The provider's counters over a three-minute run: accepted and rejected by
# cause, tokens and requests per minute, in flight at the end.
import asyncio

from openai import AsyncOpenAI, RateLimitError
from turnstile import Provider

provider = Provider(rpm=20, tpm=3000, latency=2.0, name="small")
client = AsyncOpenAI(provider=provider, max_retries=0)


async def one(i):
    try:
        await client.chat.completions.create(model="m", max_tokens=100,
                                             messages=[{"role": "user", "content": "question %d" % i}])
    except RateLimitError as e:
        return e.type
    return "ok"


async def main():
    for minute in range(3):
        results = await asyncio.gather(*[one(i) for i in range(25)])
        print(minute, results.count("ok"), "ok", results.count("requests"), "rpm", results.count("tokens"), "tpm")
        await asyncio.sleep(58)
    print("in_flight", provider.in_flight, "accepted", provider.accepted, "tokens_used", provider.tokens_used)
    for k, v in provider.stats().items():
        print(" ", k, v)


asyncio.run(main())
