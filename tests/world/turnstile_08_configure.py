# turnstile.configure replaces the default provider (DEFAULT_TIER overridden
# by the arguments); clients made before keep theirs.
import asyncio

import turnstile
from openai import AsyncOpenAI

print(turnstile.DEFAULT_TIER)
old = AsyncOpenAI()
print(old.provider)
p = turnstile.configure(rpm=60, tpm=10000, enforce="second", latency=0.5)
new = AsyncOpenAI()
print(new.provider is p, old.provider is p, turnstile.default_provider() is p)
print(p)


async def main():
    await new.chat.completions.create(model="m", messages=[{"role": "user", "content": "x"}])
    await old.chat.completions.create(model="m", messages=[{"role": "user", "content": "x"}])
    print(p.requests, old.provider.requests)


asyncio.run(main())
