# A 429 as the SDK raises it when retries are off: the status code, the
# retry-after and x-ratelimit-* headers computed from the provider's buckets,
# the unwrapped body, and str(e) as the SDK formats it.
import asyncio

from openai import AsyncOpenAI, RateLimitError
from turnstile import Provider

provider = Provider(rpm=3, tpm=1000, latency=0.5, name="tier0")
client = AsyncOpenAI(provider=provider, max_retries=0)
messages = [{"role": "user", "content": "Say hi"}]


async def main():
    for i in range(4):
        try:
            r = await client.chat.completions.create(model="gpt-4o-mini", messages=messages, max_tokens=20)
            print(i, "ok", r.usage.total_tokens)
        except RateLimitError as e:
            print(i, type(e).__name__, e.status_code)
            for name in sorted(e.response.headers):
                print("  ", name, "=", e.response.headers[name])
            print("   body:", e.body)
            print("   code:", e.code, "type:", e.type, "param:", e.param)
            print("   str:", e)
    print(provider.stats()["rejected"])


asyncio.run(main())
