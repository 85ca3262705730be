# Strategies side by side: the same 100 LLM calls made five ways, against
# one provider (600 requests a minute, enforced per second: 10 a second;
# about 1 s a call). Pick one with the STRATEGY choice above the code, or
# sweep it in the Sweep tab to see them all in one chart: time, memory at
# the peak, failed calls and 429s.
#   turnstile sweep presets/14_strategies_side_by_side.py --param STRATEGY
import asyncio
import random
import time
from concurrent.futures import ThreadPoolExecutor
from multiprocessing import Pool

import turnstile
from openai import AsyncOpenAI, OpenAI
from turnstile.latency import lognormal
from turnstile.limiters import AIMDLimiter

STRATEGY = 0  # choice: asyncio + Semaphore(10), ThreadPoolExecutor(10), multiprocessing.Pool(10), asyncio + AIMD limiter, asyncio unlimited
CALLS = 100

provider = turnstile.configure(rpm=600, enforce="second", latency=lognormal(1.0, 0.2), retry_after=None,
                               seed=random.randrange(1000000))


def prompt(i):
    return [{"role": "user", "content": "Classify review #%d as positive or negative." % i}]


def ask_sync(i):
    """One call with the sync client: its thread (or process) waits for the
    answer. A failed call is returned, not raised, as gather's
    return_exceptions does. A module-level function: a pool pickles what it
    sends a worker, and pickle cannot find a nested function or a lambda."""
    try:
        r = OpenAI().chat.completions.create(model="gpt-4o-mini", messages=prompt(i), max_tokens=5)
    except Exception as e:
        return e
    return r.choices[0].message.content


async def ask(client, i):
    r = await client.chat.completions.create(model="gpt-4o-mini", messages=prompt(i), max_tokens=5)
    return r.choices[0].message.content


async def gated(gate, client, i):
    async with gate:
        return await ask(client, i)


async def with_asyncio(gate):
    client = AsyncOpenAI()
    if gate is None:
        return await asyncio.gather(*[ask(client, i) for i in range(CALLS)], return_exceptions=True)
    return await asyncio.gather(*[gated(gate, client, i) for i in range(CALLS)], return_exceptions=True)


def with_threads():
    with ThreadPoolExecutor(10) as ex:
        return list(ex.map(ask_sync, range(CALLS)))


def with_processes():
    with Pool(10) as pool:
        return pool.map(ask_sync, range(CALLS))


t0 = time.monotonic()
if STRATEGY == 0:
    results = asyncio.run(with_asyncio(asyncio.Semaphore(10)))
elif STRATEGY == 1:
    results = with_threads()
elif STRATEGY == 2:
    results = with_processes()
elif STRATEGY == 3:
    results = asyncio.run(with_asyncio(AIMDLimiter(initial=4)))
else:
    results = asyncio.run(with_asyncio(None))
failed = [r for r in results if isinstance(r, Exception)]
stats = provider.stats()
print("%d calls in %.2f s, %d failed; the provider saw %d requests, refused %d with a 429" % (
    CALLS, time.monotonic() - t0, len(failed), stats["requests"], stats["rejected"]["rpm"]))
