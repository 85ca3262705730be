# The SDK's exception classes and their str(): "Error code: N - {body}" for
# status errors, fixed messages for connection errors and timeouts; which
# ones are retried (429, 5xx) and which raise at once (400, 401).
import asyncio

import openai
from openai import AsyncOpenAI
from turnstile import Provider


async def show(label, client, **kw):
    before = client.provider.requests
    try:
        await client.chat.completions.create(model="gpt-4o-mini", **kw)
        print(label, "no error")
        return
    except openai.APIError as e:
        print(label, type(e).__name__, "attempts:", client.provider.requests - before)
        print("  str:", e)
        print("  status:", getattr(e, "status_code", None), "code:", e.code, "type:", e.type)
        print("  status error:", isinstance(e, openai.APIStatusError),
              "connection error:", isinstance(e, openai.APIConnectionError))


async def main():
    ok = [{"role": "user", "content": "hi"}]
    auth = AsyncOpenAI(provider=Provider(api_keys={"sk-good"}, latency=0.1), api_key="sk-wrong-key-123")
    await show("401", auth, messages=ok)
    plain = AsyncOpenAI(provider=Provider(latency=0.1))
    await show("400", plain, messages=[])
    await show("400", plain, messages=ok, max_tokens=100000)
    await show("500", AsyncOpenAI(provider=Provider(server_error_rate=1.0, latency=0.1)), messages=ok)
    await show("conn", AsyncOpenAI(provider=Provider(error_rate=1.0, latency=0.1)), messages=ok)
    tight = AsyncOpenAI(provider=Provider(rpm=1, latency=0.1))
    await show("first", tight, messages=ok)
    await show("429", tight.with_options(max_retries=0), messages=ok)
    await show("429", tight, messages=ok)
    e = openai.APITimeoutError(request=None)
    print(repr(str(e)), e.body, isinstance(e, openai.APIConnectionError))
    print([c.__name__ for c in openai.RateLimitError.__mro__[:5]])


asyncio.run(main())
