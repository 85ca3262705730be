# The seed's Example 5 (AdaptiveSemaphore, here turnstile.limiters.
# SeedAdaptiveSemaphore, the same code). It deadlocks: after the 10th
# success it swaps in a new Semaphore(15), but the 80-odd tasks queued on the
# old one are never released -- every release now goes to the new one. The
# run ends in "DEADLOCK" with those tasks blocked (exit 3).
import asyncio

from turnstile.limiters import SeedAdaptiveSemaphore as AdaptiveSemaphore


async def api_call_with_adaptive(request_id: int, sem: AdaptiveSemaphore):
    """API call with adaptive rate limiting."""
    async with sem:
        await asyncio.sleep(0.1)
        # Randomly fail 10% of the time
        if request_id % 10 == 0:
            raise Exception("Random failure")
        return f"Success: {request_id}"


async def main():
    sem = AdaptiveSemaphore(initial_limit=10)

    coros = [api_call_with_adaptive(i, sem) for i in range(100)]
    results = await asyncio.gather(*coros, return_exceptions=True)

    print(f"\nFinal Stats:")
    print(f"   Successes: {sem.successes}")
    print(f"   Failures: {sem.failures}")
    print(f"   Final limit: {sem.limit}")

asyncio.run(main())
