# shape: cron-like periodic jobs with drift-free scheduling (next deadline = previous + period), a slow run skipping missed ticks
import asyncio


async def every(name, period, work, runs, log):
    loop = asyncio.get_running_loop()
    next_at = loop.time() + period
    skipped = 0
    for _ in range(runs):
        await asyncio.sleep(max(0, next_at - loop.time()))
        started = loop.time()
        await asyncio.sleep(work(len(log)))
        log.append((name, round(started, 2)))
        print(f"{started:5.2f} {name} ran (took {loop.time() - started:.2f}s)")
        next_at += period
        while next_at < loop.time():
            next_at += period
            skipped += 1
    return name, skipped


async def main():
    log = []
    results = await asyncio.gather(
        every("metrics", 1.0, lambda n: 0.1, 5, log),
        every("backup", 1.5, lambda n: 2.2 if n == 1 else 0.2, 3, log),
    )
    print("skipped ticks:", dict(results))
    print("runs:", len(log))


asyncio.run(main())
