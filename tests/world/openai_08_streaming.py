# stream=True: chunks arrive as the words are generated (evenly over the
# request's latency); the first carries the role, the last the finish_reason.
import asyncio

from openai import AsyncOpenAI
from turnstile import Provider, latency

provider = Provider(latency=latency.per_token(0.3, 0.05), answer_tokens=(6, 12), seed=2)
client = AsyncOpenAI(provider=provider)


async def main():
    stream = await client.chat.completions.create(model="gpt-4o-mini", stream=True,
                                                  messages=[{"role": "user", "content": "A short poem"}])
    parts = []
    async for chunk in stream:
        choice = chunk.choices[0]
        print(chunk.object, repr(choice.delta.role), repr(choice.delta.content), choice.finish_reason)
        parts.append(choice.delta.content or "")
    print("".join(parts))
    print(provider.in_flight, "in flight,", provider.completed, "completed")


asyncio.run(main())
