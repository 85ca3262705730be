# pins: Task.cancel on a sleeping task: CancelledError at the await, cleanup, cancelled() state, awaiting it raises
import asyncio

async def sleeper(name, catch):
    try:
        print(name, "sleeping")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, "cancelled at", asyncio.get_running_loop().time())
        if catch:
            return "recovered"
        raise
    finally:
        print(name, "finally")

async def main():
    t1 = asyncio.create_task(sleeper("t1", False))
    t2 = asyncio.create_task(sleeper("t2", True))
    await asyncio.sleep(1)
    print("cancel returns", t1.cancel(), t2.cancel())
    print("right after cancel: done?", t1.done(), "cancelled?", t1.cancelled())
    await asyncio.sleep(0)
    print("t1 cancelled?", t1.cancelled(), "t2 cancelled?", t2.cancelled(), "t2 result", t2.result())
    try:
        await t1
    except asyncio.CancelledError:
        print("awaiting t1 raised CancelledError")
    print("cancel a finished task:", t1.cancel(), t2.cancel())
    t3 = asyncio.create_task(sleeper("t3", False))
    t3.cancel()
    try:
        await t3
    except asyncio.CancelledError:
        print("t3 cancelled before it ever ran:", t3.cancelled())
    print(isinstance(asyncio.CancelledError(), Exception), isinstance(asyncio.CancelledError(), BaseException))

asyncio.run(main())
