# pins: whole program: priority job queue: asyncio.PriorityQueue of order=True dataclasses, urgent jobs overtake, workers report per-priority latency
import asyncio
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = field(compare=False)
    submitted: float = field(compare=False, default=0.0)


async def worker(name, queue, latencies):
    loop = asyncio.get_running_loop()
    while True:
        job = await queue.get()
        await asyncio.sleep(0.3)
        wait = loop.time() - job.submitted
        latencies.setdefault(job.priority, []).append(round(wait, 2))
        print(f"{loop.time():.1f} {name} ran {job.name} (p{job.priority}, waited {wait:.1f}s)")
        queue.task_done()


async def main():
    loop = asyncio.get_running_loop()
    queue = asyncio.PriorityQueue()
    latencies = {}
    seq = 0
    for i in range(6):
        queue.put_nowait(Job(5, seq, f"batch-{i}", loop.time()))
        seq += 1
    workers = [asyncio.create_task(worker(f"w{i}", queue, latencies)) for i in range(2)]
    await asyncio.sleep(0.4)
    for i in range(2):
        queue.put_nowait(Job(1, seq, f"urgent-{i}", loop.time()))
        seq += 1
    await queue.join()
    for w in workers:
        w.cancel()
    for p in sorted(latencies):
        print(f"priority {p}: {latencies[p]}")


asyncio.run(main())
