import asyncio
import time
from asyncio import Semaphore

async def api_call(request_id: int, sem: Semaphore = None):
    """Simulate an API call that might fail if too many run at once."""
    if sem:
        async with sem:
            return await _do_api_call(request_id)
    else:
        return await _do_api_call(request_id)

async def _do_api_call(request_id: int):
    """Simulate API that fails if >10 concurrent requests."""
    # Count how many tasks are running right now
    current_tasks = len([t for t in asyncio.all_tasks() if not t.done()])

    if current_tasks > 10:
        raise Exception(f"Rate limit exceeded! ({current_tasks} concurrent)")

    await asyncio.sleep(0.5)  # Simulate API delay
    return f"Success: {request_id}"

async def test_without_semaphore():
    """Run 50 API calls without rate limiting."""
    print("\n🚫 WITHOUT SEMAPHORE:")
    coros = [api_call(i) for i in range(50)]
    results = await asyncio.gather(*coros, return_exceptions=True)

    failures = [r for r in results if isinstance(r, Exception)]
    print(f"   Failed requests: {len(failures)}")

async def test_with_semaphore():
    """Run 50 API calls with rate limiting."""
    print("\n✅ WITH SEMAPHORE(10):")
    sem = Semaphore(10)
    coros = [api_call(i, sem) for i in range(50)]
    results = await asyncio.gather(*coros, return_exceptions=True)

    failures = [r for r in results if isinstance(r, Exception)]
    print(f"   Failed requests: {len(failures)}")

async def main():
    await test_without_semaphore()
    await test_with_semaphore()

asyncio.run(main())
