# The sync OpenAI client inside a coroutine: its time.sleep (the call's
# latency, and the SDK's retry waits) blocks the whole event loop, so the
# heartbeat task stalls. The async client lets it tick.
import asyncio
import time

from openai import AsyncOpenAI, OpenAI
from turnstile import Provider

provider = Provider(latency=1.5)
msg = [{"role": "user", "content": "hi"}]


async def heartbeat(n):
    for i in range(n):
        print("tick %d at %.2f" % (i, time.monotonic()))
        await asyncio.sleep(0.5)


async def sync_inside():
    client = OpenAI(provider=provider)
    client.chat.completions.create(model="gpt-4o-mini", messages=msg)
    print("sync call done at %.2f" % time.monotonic())


async def async_inside():
    client = AsyncOpenAI(provider=provider)
    await client.chat.completions.create(model="gpt-4o-mini", messages=msg)
    print("async call done at %.2f" % time.monotonic())


async def main():
    await asyncio.gather(heartbeat(4), sync_inside())
    print("---")
    await asyncio.gather(heartbeat(4), async_inside())


asyncio.run(main())
