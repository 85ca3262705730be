# The seed's RAG-course pattern: wait_for(..., timeout=30) inside
# `async with sem`, all of it gathered under tqdm_asyncio.gather. A slow
# provider (log-normal latency, median 8 s, wide spread) makes a few calls
# exceed 30 s: those time out at the wait_for (the SDK's own timeout is 600 s)
# and are counted, the rest finish; the bar goes to stderr.
import asyncio

from openai import AsyncOpenAI
from tqdm.asyncio import tqdm_asyncio
from turnstile import Provider, latency

provider = Provider(latency=latency.lognormal(8.0, 0.8), seed=21)
client = AsyncOpenAI(provider=provider)


async def embed_and_answer(question, sem):
    async with sem:
        try:
            r = await asyncio.wait_for(
                client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": question}],
                                               max_tokens=40),
                timeout=30)
            return r.usage.total_tokens
        except asyncio.TimeoutError:
            return None


async def main():
    sem = asyncio.Semaphore(8)
    questions = ["Question %d about the course" % i for i in range(40)]
    results = await tqdm_asyncio.gather(*[embed_and_answer(q, sem) for q in questions], desc="answers")
    done = [r for r in results if r is not None]
    print("answered:", len(done), "timed out:", results.count(None), "tokens:", sum(done))
    print("provider: accepted", provider.accepted, "completed", provider.completed, "cancelled", provider.cancelled)


asyncio.run(main())
