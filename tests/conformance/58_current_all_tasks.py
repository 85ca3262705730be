# pins: current_task() identity, len(all_tasks()) counts unfinished tasks incl. main and those waiting at a gate
import asyncio

async def child(sem, d):
    async with sem:
        await asyncio.sleep(d)
    return asyncio.current_task() is not None

async def main():
    me = asyncio.current_task()
    print("main is a task:", me in asyncio.all_tasks(), me.done())
    print("count at start:", len(asyncio.all_tasks()))
    sem = asyncio.Semaphore(2)
    tasks = [asyncio.create_task(child(sem, 1)) for _ in range(5)]
    print("after create:", len(asyncio.all_tasks()))
    await asyncio.sleep(0.5)
    print("while 2 inside, 3 waiting:", len(asyncio.all_tasks()), len([t for t in asyncio.all_tasks() if not t.done()]))
    await asyncio.sleep(1)
    print("at 1.5:", len(asyncio.all_tasks()))
    await asyncio.gather(*tasks)
    print("after gather:", len(asyncio.all_tasks()), [t.result() for t in tasks])
    g = asyncio.gather(asyncio.sleep(1), asyncio.sleep(1))
    print("gather of 2 coroutines adds 2 tasks:", len(asyncio.all_tasks()))
    await g
    print("current task inside main still main:", asyncio.current_task() is me)

asyncio.run(main())
