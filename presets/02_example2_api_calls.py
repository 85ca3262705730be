import asyncio
from asyncio import Semaphore
import time

async def call_api(request_id: int, sem: Semaphore):
    """Simulate an API call with rate limiting."""
    async with sem:  # Only N concurrent calls allowed
        print(f"[{time.strftime('%H:%M:%S')}] Request {request_id}: Starting API call")
        await asyncio.sleep(1)  # Simulate API response time
        print(f"[{time.strftime('%H:%M:%S')}] Request {request_id}: Completed")
        return f"Response for request {request_id}"

async def main():
    sem = Semaphore(5)  # Max 5 concurrent API calls

    # Create 20 API calls (coroutines)
    coros = [call_api(i, sem) for i in range(20)]

    # Run all (but only 5 will run at a time due to semaphore)
    start = time.time()
    results = await asyncio.gather(*coros)
    elapsed = time.time() - start

    print(f"\n✓ Completed {len(results)} API calls in {elapsed:.2f} seconds")
    print(f"Average time per call: {elapsed/len(results):.2f}s")
    print(f"With semaphore=5, we run in batches: 20 calls / 5 concurrent = 4 batches × 1s = ~4s")

asyncio.run(main())
