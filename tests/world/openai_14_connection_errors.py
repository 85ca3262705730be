# Connection errors (error_rate=0.3) are retried by the SDK with backoff;
# over 40 calls only the unlucky ones fail all three attempts.
import asyncio

from openai import APIConnectionError, AsyncOpenAI
from turnstile import Provider

provider = Provider(error_rate=0.3, latency=0.4, seed=11)
client = AsyncOpenAI(provider=provider)


async def one(i):
    try:
        await client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": str(i)}])
        return True
    except APIConnectionError as e:
        print(i, e, type(e.__cause__).__name__)
        return False


async def main():
    results = await asyncio.gather(*[one(i) for i in range(40)])
    print("succeeded:", sum(results), "of", len(results))
    print("attempts:", provider.requests, "errors:", provider.errors)


asyncio.run(main())
