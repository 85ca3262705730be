# shape: fixed worker pool draining a job queue, queue.join() to wait, then cancelling the idle workers
import asyncio
import random
import time


async def worker(name, queue, stats):
    while True:
        job_id, cost = await queue.get()
        try:
            await asyncio.sleep(cost)
            stats[name] = stats.get(name, 0) + cost
            print(f"{name} finished job {job_id} ({cost:.2f}s)")
        finally:
            queue.task_done()


async def main():
    queue = asyncio.Queue()
    total = 0.0
    for job_id in range(10):
        cost = round(random.uniform(0.1, 1.0), 2)
        total += cost
        queue.put_nowait((job_id, cost))
    stats = {}
    workers = [asyncio.create_task(worker(f"w{i}", queue, stats)) for i in range(3)]
    started = time.monotonic()
    await queue.join()
    elapsed = time.monotonic() - started
    for w in workers:
        w.cancel()
    outcomes = await asyncio.gather(*workers, return_exceptions=True)
    print("workers ended with", sorted({type(o).__name__ for o in outcomes}))
    print(f"serial time {total:.2f}s, wall time {elapsed:.2f}s")
    for name in sorted(stats):
        print(f"{name}: busy {stats[name]:.2f}s")


asyncio.run(main())
