# x-should-retry overrides the SDK's own rules: "false" on a 500 stops it
# from retrying; "true" on a 400 makes it retry a request it would otherwise
# give up on at once.
import asyncio

from openai import AsyncOpenAI, BadRequestError, InternalServerError
from turnstile import Provider


async def attempts(provider, **kw):
    client = AsyncOpenAI(provider=provider)
    try:
        await client.chat.completions.create(model="m", **kw)
    except (BadRequestError, InternalServerError) as e:
        print(type(e).__name__, e.status_code, e.response.headers.get("x-should-retry"),
              "attempts:", provider.requests)


async def main():
    ok = [{"role": "user", "content": "x"}]
    await attempts(Provider(server_error_rate=1.0, latency=0.1), messages=ok)
    await attempts(Provider(server_error_rate=1.0, latency=0.1, should_retry=False), messages=ok)
    await attempts(Provider(latency=0.1), messages=[])
    await attempts(Provider(latency=0.1, should_retry=True), messages=[])


asyncio.run(main())
