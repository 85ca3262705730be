# pins: equal deadlines are popped in heapq order (not FIFO): wake order of tasks with tied timers
import asyncio

async def sleeper(i, d):
    await asyncio.sleep(d)
    print("woke", i, "after", d)

async def main():
    delays = [1, 1, 0.5, 1, 0.5, 1, 1, 0.5, 1, 1, 1, 0.5, 1]
    tasks = [asyncio.create_task(sleeper(i, d)) for i, d in enumerate(delays)]
    await asyncio.gather(*tasks)
    print("second round: created in reverse")
    tasks = [asyncio.create_task(sleeper(i, 2)) for i in range(9, -1, -1)]
    await asyncio.gather(*tasks)

asyncio.run(main())
