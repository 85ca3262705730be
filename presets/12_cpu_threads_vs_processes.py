# oracle: none -- threads and processes do not run on CPython's virtual clock;
# tests/threads/ checks these times against real CPython instead.
import asyncio
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

import turnstile


def crunch(n):
    """One second of CPU-bound work (it needs the GIL)."""
    turnstile.cpu(1.0)
    return n * n


def blocking_io(n):
    """One second of waiting on I/O (a sync HTTP call): the GIL is released."""
    time.sleep(1.0)
    return n


def timed(label, pool, fn):
    t0 = time.monotonic()
    with pool as ex:
        results = list(ex.map(fn, range(4)))
    print(f"{label:34s} {time.monotonic() - t0:5.2f} s  {results}")


async def in_the_loop():
    # CPU work inside coroutines: the event loop itself is busy, one at a time.
    async def job(n):
        return crunch(n)
    t0 = time.monotonic()
    results = await asyncio.gather(*(job(n) for n in range(4)))
    print(f"{'4 x 1 s CPU in coroutines':34s} {time.monotonic() - t0:5.2f} s  {results}")


asyncio.run(in_the_loop())
timed("4 x 1 s CPU on 4 threads", ThreadPoolExecutor(4), crunch)
timed("4 x 1 s CPU on 4 processes", ProcessPoolExecutor(4), crunch)
timed("4 x 1 s blocking I/O on 4 threads", ThreadPoolExecutor(4), blocking_io)
