# pins: a failing child cancels its siblings and the group raises ExceptionGroup('unhandled errors in a TaskGroup (1 sub-exception)')
import asyncio


async def ok(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled at", asyncio.get_running_loop().time())
        raise


async def bad(delay):
    await asyncio.sleep(delay)
    raise ValueError("bad child")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok("fast", 0.5))
            tg.create_task(ok("slow", 5))
            tg.create_task(bad(1))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg)
        print([repr(e) for e in eg.exceptions])
        print("at", asyncio.get_running_loop().time())


asyncio.run(main())
