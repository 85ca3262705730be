# Fixed vs adaptive limits against a server whose capacity drops from 20 to
# 5 concurrent requests at t = 4 s (past its capacity it slows down in
# proportion: 20 in flight take 4 x 0.5 s). Calls give up after 2 s (a
# timeout is a "drop"). What the numbers show: a fixed Semaphore(20) keeps
# overloading it (92 timeouts); AIMD halves its way down on the first
# timeouts and recovers (28); Gradient2 sees the latency rise and cuts its
# limit within a window (38); Vegas, moving by 1 per 1 s window, is far too
# slow for a 4x drop (106). With a 1 s window the delay-based ones also
# stop growing at the server's old capacity (about 25), where AIMD probes on.
import asyncio
import time

from turnstile import Api
from turnstile.limiters import AIMDLimiter, Gradient2Limiter, VegasLimiter


async def run(label, limiter):
    api = Api(latency=0.5, capacity=20, name=label)

    async def drop_capacity():
        await asyncio.sleep(4)
        api.capacity = 5

    async def call(i):
        async with limiter:
            r = await api.get("/work/%d" % i, timeout=2.0)
            return r.status_code

    async def guarded(i):
        try:
            return await call(i)
        except TimeoutError:
            return "timeout"

    t0 = time.monotonic()
    dropper = asyncio.ensure_future(drop_capacity())
    results = await asyncio.gather(*[guarded(i) for i in range(300)])
    await dropper
    limit = getattr(limiter, "limit", None)
    print("%-9s %6.2f s  ok %3d  timeouts %3d  max in flight %2d  final limit %s" % (
        label, time.monotonic() - t0, results.count(200), results.count("timeout"), api.max_in_flight,
        "%.1f" % limit if limit is not None else "20 (fixed)"))
    if limit is not None:
        print("          limit at 2 s steps:", [round(l, 1) for l in sample(limiter.history, t0)])


def sample(history, t0):
    """The limit in force at t0, t0 + 2, t0 + 4, ... to the last change."""
    out = []
    k = 0
    while t0 + 2 * k <= history[-1][0]:
        out.append([l for t, l in history if t <= t0 + 2 * k][-1])
        k += 1
    return out


async def main():
    await run("fixed", asyncio.Semaphore(20))
    await run("aimd", AIMDLimiter(initial=20))
    await run("vegas", VegasLimiter(initial=20))
    await run("gradient2", Gradient2Limiter(initial=20))


asyncio.run(main())
