# The trace seam: every service and client event goes through
# turnstile._events.emit. Under CPython it does nothing; here a scenario
# installs its own hook to print them: one call that gets a 429, is retried
# by the SDK after retry-after, and succeeds; then a timeout and a 500.
import asyncio

from openai import APITimeoutError, AsyncOpenAI, InternalServerError
from turnstile import Provider, _events


def show(kind, fields):
    print(kind, " ".join("%s=%s" % (k, "%.3f" % v if isinstance(v, float) else v) for k, v in fields.items()))


_events._hook = show

provider = Provider(rpm=60, enforce="second", latency=0.25, name="p")
client = AsyncOpenAI(provider=provider)


async def main():
    await client.chat.completions.create(model="m", messages=[{"role": "user", "content": "warm up"}], max_tokens=2)
    await client.chat.completions.create(model="m", messages=[{"role": "user", "content": "again"}], max_tokens=2)
    await asyncio.sleep(1)
    print("--- timeout")
    try:
        await client.with_options(max_retries=0, timeout=0.1).chat.completions.create(
            model="m", messages=[{"role": "user", "content": "x"}], max_tokens=2)
    except APITimeoutError as e:
        print("raised", type(e).__name__)
    print("--- 500")
    bad = AsyncOpenAI(provider=Provider(server_error_rate=1.0, latency=0.1, name="bad"), max_retries=1)
    try:
        await bad.chat.completions.create(model="m", messages=[{"role": "user", "content": "x"}])
    except InternalServerError as e:
        print("raised", type(e).__name__)


asyncio.run(main())
