# pins: Task.cancelling() counts pending cancel requests, uncancel() decrements it; a task that swallows one cancel keeps running
import asyncio


async def stubborn():
    me = asyncio.current_task()
    for round_ in range(3):
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("round", round_, "cancelling =", me.cancelling(), "at", asyncio.get_running_loop().time())
            left = me.uncancel()
            print("uncancel ->", left)
    return "survived"


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(1)
    t.cancel()
    t.cancel()
    print("requested twice, cancelling =", t.cancelling())
    await asyncio.sleep(1)
    t.cancel("third")
    await asyncio.sleep(1)
    t.cancel()
    print(await t, t.cancelling())


asyncio.run(main())
