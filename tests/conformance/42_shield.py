# pins: shield: wait_for times out on the outer future but the shielded inner task keeps running to completion
import asyncio

async def critical(name, d):
    print(name, "begins")
    await asyncio.sleep(d)
    print(name, "committed")
    return name + " result"

async def main():
    inner = asyncio.create_task(critical("save", 2))
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.5)
    except asyncio.TimeoutError:
        print("outer timed out; inner cancelled?", inner.cancelled(), "done?", inner.done())
    print("awaiting inner directly:", await inner)
    waiter = asyncio.create_task(critical("inner2", 1))
    outer = asyncio.shield(waiter)
    canceller = asyncio.create_task(asyncio.sleep(0.25))
    await canceller
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled:", outer.cancelled(), "inner still running:", not waiter.done())
    print(await waiter)
    print(await asyncio.shield(critical("plain", 0.1)))

asyncio.run(main())
