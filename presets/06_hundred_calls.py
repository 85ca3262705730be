import asyncio
import random
import time
from asyncio import Semaphore

in_flight = 0
peak = 0
finished = 0

async def call_api(request_id: int, sem: Semaphore) -> float:
    """One API call; the semaphore keeps at most 10 in flight."""
    global in_flight, peak, finished
    async with sem:
        in_flight += 1
        peak = max(peak, in_flight)
        latency = random.uniform(0.5, 1.5)  # simulated response time
        await asyncio.sleep(latency)
        in_flight -= 1
    finished += 1
    if finished % 10 == 0:
        print(f"{finished:3d} calls done, {in_flight} in flight")
    return latency

async def main():
    random.seed(42)
    sem = Semaphore(10)  # 10 at a time
    start = time.time()
    latencies = await asyncio.gather(*[call_api(i, sem) for i in range(100)])
    elapsed = time.time() - start
    print(f"100 calls, at most {peak} at once, finished in {elapsed:.2f}s")
    print(f"one after another they would take {sum(latencies):.2f}s")

asyncio.run(main())
