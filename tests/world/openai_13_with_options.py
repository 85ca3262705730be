# with_options returns a copy with other retries or timeout; the original is
# unchanged. A per-call timeout= overrides the client's.
import asyncio

from openai import APITimeoutError, AsyncOpenAI, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from turnstile import Provider

client = AsyncOpenAI(provider=Provider(latency=2.0))
print(DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, client.max_retries, client.timeout)
quick = client.with_options(max_retries=0, timeout=1.0)
print(quick.max_retries, quick.timeout, client.max_retries, client.timeout, quick.provider is client.provider)
try:
    AsyncOpenAI(max_retries=None)
except TypeError as e:
    print("TypeError:", str(e)[:40])


async def main():
    try:
        await quick.chat.completions.create(model="m", messages=[{"role": "user", "content": "x"}])
    except APITimeoutError as e:
        print("quick:", e)
    r = await quick.chat.completions.create(model="m", messages=[{"role": "user", "content": "x"}], timeout=3)
    print("per-call timeout=3:", r.choices[0].finish_reason)
    print(client.provider.stats()["cancelled"])


asyncio.run(main())
