# The seed's Example 5 with its AdaptiveSemaphore corrected: the same policy
# (+5 after every 10th success up to 50, -5 after every 3rd failure down to
# 5) and the same 100 calls, but the limit changes in place instead of by
# swapping in a new Semaphore. Everyone waits on one Condition, so the tasks
# already queued see the new limit; nobody is stranded on an old semaphore.
import asyncio


class AdaptiveSemaphore:
    """A limit that can change while tasks wait: one Condition, one count."""

    def __init__(self, initial_limit: int = 10):
        self.limit = initial_limit
        self.in_use = 0
        self.most_in_use = 0
        self.cond = asyncio.Condition()
        self.successes = 0
        self.failures = 0

    async def __aenter__(self):
        async with self.cond:
            # re-checked on every wake-up: the limit may have moved meanwhile
            await self.cond.wait_for(lambda: self.in_use < self.limit)
            self.in_use += 1
            self.most_in_use = max(self.most_in_use, self.in_use)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        async with self.cond:
            self.in_use -= 1
            if exc_type is None:
                self.successes += 1
                if self.successes % 10 == 0 and self.limit < 50:
                    self.limit += 5
                    print(f"📈 Increasing limit to {self.limit}")
            else:
                self.failures += 1
                if self.failures % 3 == 0 and self.limit > 5:
                    self.limit -= 5
                    print(f"📉 Decreasing limit to {self.limit}")
            # a raised limit may admit several waiters, a lowered one none
            self.cond.notify_all()


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

    print(f"\n📊 Final Stats:")
    print(f"   Successes: {sem.successes}")
    print(f"   Failures: {sem.failures}")
    print(f"   Final limit: {sem.limit}")
    print(f"   Most in flight at once: {sem.most_in_use}")

asyncio.run(main())
