# pins: 3000 tasks through Semaphore(50) with varied sleeps: completion counts at checkpoints and total time
import asyncio

done_count = 0

async def job(i, sem):
    global done_count
    async with sem:
        await asyncio.sleep(0.01 * (i % 7 + 1))
    done_count += 1
    return i % 7

async def monitor():
    for _ in range(5):
        await asyncio.sleep(0.5)
        print("done so far:", done_count, "tasks alive:", len(asyncio.all_tasks()))

async def main():
    sem = asyncio.Semaphore(50)
    m = asyncio.create_task(monitor())
    results = await asyncio.gather(*[job(i, sem) for i in range(3000)])
    loop = asyncio.get_running_loop()
    print("all done at", f"{loop.time():.3f}", "sum", sum(results), "count", len(results))
    await m

asyncio.run(main())
