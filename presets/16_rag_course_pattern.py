# The seed's RAG-course pattern, as its guide shows it: tenacity's
# @retry(stop_after_attempt(3), wait_fixed(10)) around `async with sem`,
# asyncio.wait_for(..., timeout=30) on each call, and tqdm_asyncio.gather
# over 100 chunks. The guide calls it perfect; run it against a provider
# whose answers take 8 s at the median with a long tail.
import asyncio
import random

import turnstile
from openai import AsyncOpenAI
from tenacity import retry, stop_after_attempt, wait_fixed
from tqdm.asyncio import tqdm_asyncio
from turnstile.latency import lognormal

SLOW = 0.8  # slider: 0.1..1.2:0.1 the spread of the provider's latency (log-normal sigma)

turnstile.configure(latency=lognormal(8.0, SLOW), seed=random.randrange(1000000))
client = AsyncOpenAI()
attempts = [0]
answered = [0]


@retry(stop=stop_after_attempt(3), wait=wait_fixed(10))
async def generate_questions(chunk, sem):
    async with sem:  # Rate limiting (max 10 concurrent)
        attempts[0] += 1
        coro = client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": "Write 3 questions about chunk %d." % chunk}],
        )
        resp = await asyncio.wait_for(coro, timeout=30)
        answered[0] += 1
        return resp.choices[0].message.content


async def main():
    sem = asyncio.Semaphore(10)  # Max 10 concurrent OpenAI calls
    coros = [generate_questions(chunk, sem) for chunk in range(100)]
    try:
        results = await tqdm_asyncio.gather(*coros)
        print("all %d chunks done, %d attempts" % (len(results), attempts[0]))
    except Exception as e:
        inner = e.last_attempt.exception() if hasattr(e, "last_attempt") else e
        print("gather raised %s (3 x %s) after %d attempts" % (type(e).__name__, type(inner).__name__, attempts[0]))
        print("%d chunks were answered, and every answer is lost with the exception" % answered[0])


asyncio.run(main())
