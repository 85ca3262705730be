import asyncio
from asyncio import Semaphore

class AdaptiveSemaphore:
    """Semaphore that adjusts based on success rate."""

    def __init__(self, initial_limit: int = 10):
        self.limit = initial_limit
        self.sem = Semaphore(initial_limit)
        self.successes = 0
        self.failures = 0

    async def __aenter__(self):
        await self.sem.acquire()
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        self.sem.release()

        if exc_type is None:
            self.successes += 1
            # If doing well, increase concurrency
            if self.successes % 10 == 0 and self.limit < 50:
                self.limit += 5
                print(f"📈 Increasing limit to {self.limit}")
                self._adjust_semaphore()
        else:
            self.failures += 1
            # If failing, decrease concurrency
            if self.failures % 3 == 0 and self.limit > 5:
                self.limit -= 5
                print(f"📉 Decreasing limit to {self.limit}")
                self._adjust_semaphore()

    def _adjust_semaphore(self):
        """Recreate semaphore with new limit."""
        self.sem = Semaphore(self.limit)

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

asyncio.run(main())
