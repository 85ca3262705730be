# pins: whole program: sensor aggregation: several sensor tasks push readings, an aggregator keeps a deque window per sensor and reports statistics periodically
import asyncio
import random
import statistics
from collections import defaultdict, deque


async def sensor(name, base, period, queue, count):
    for _ in range(count):
        await asyncio.sleep(period)
        await queue.put((name, round(base + random.gauss(0, 1.5), 2)))


async def aggregator(queue, window, stop):
    loop = asyncio.get_running_loop()
    windows = defaultdict(lambda: deque(maxlen=window))
    next_report = 1.0
    while not (stop.is_set() and queue.empty()):
        try:
            name, value = await asyncio.wait_for(queue.get(), 0.25)
            windows[name].append(value)
        except asyncio.TimeoutError:
            pass
        if loop.time() >= next_report:
            parts = []
            for name in sorted(windows):
                w = windows[name]
                parts.append(f"{name}: mean={statistics.mean(w):.2f} median={statistics.median(w):.2f} n={len(w)}")
            print(f"{loop.time():.2f} " + " | ".join(parts))
            next_report += 1.0
    return {name: list(w) for name, w in sorted(windows.items())}


async def main():
    queue = asyncio.Queue()
    stop = asyncio.Event()
    agg = asyncio.create_task(aggregator(queue, 4, stop))
    await asyncio.gather(sensor("temp", 20, 0.3, queue, 10), sensor("hum", 55, 0.45, queue, 7))
    stop.set()
    print("final windows:", await agg)


asyncio.run(main())
