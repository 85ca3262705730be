# Example 5 with the corrected limiter: the same policy (+5 per 10
# successes, -5 per 3 failures), but the limit changes in place, so raising
# it admits queued tasks at once and nobody is stranded. All 100 finish.
import asyncio
import time

from turnstile.limiters import AdaptiveLimiter


async def api_call_with_adaptive(request_id, sem):
    async with sem:
        await asyncio.sleep(0.1)
        if request_id % 10 == 0:
            raise Exception("Random failure")
        return f"Success: {request_id}"


async def main():
    sem = AdaptiveLimiter(initial=10)
    results = await asyncio.gather(*[api_call_with_adaptive(i, sem) for i in range(100)], return_exceptions=True)
    print("results:", len(results), "successes:", sem.successes, "failures:", sem.failures)
    print("final limit:", sem.limit, "in use:", sem.in_use, "waiting:", sem.waiting)
    print("limit over time:", [("%.1f" % t, n) for t, n in sem.history])
    print("took %.1f s" % time.monotonic())


asyncio.run(main())
