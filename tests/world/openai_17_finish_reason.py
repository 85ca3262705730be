# The answer is a deterministic text: its length is drawn per request,
# max_tokens cuts it (finish_reason "length"), usage counts it; prompt tokens
# are estimated at ~4 characters a token plus the message framing.
import asyncio

from openai import AsyncOpenAI
from turnstile import Provider

client = AsyncOpenAI(provider=Provider(latency=0.3, seed=9))


async def main():
    for content, limit in (("Hi", None), ("Hi", 8), ("x" * 400, 30), ("Tell me a long story", 1000)):
        r = await client.chat.completions.create(model="gpt-4o-mini", max_tokens=limit,
                                                 messages=[{"role": "system", "content": "Be brief."},
                                                           {"role": "user", "content": content}])
        c = r.choices[0]
        print(r.id, r.model, r.object, r.created, c.finish_reason, c.message.role, r.usage)
        print("  ", c.message.content)
    print(r.usage.model_dump())


asyncio.run(main())
