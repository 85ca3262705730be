# pins: wait_for(sleep(1), timeout=1): the timeout timer was scheduled first, so the tie goes to the timeout
import asyncio

async def op(d):
    await asyncio.sleep(d)
    print("op finished", d)
    return d

async def swallow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("swallow: cancelled, returning a value instead")
        return "swallowed"

async def main():
    for d in [1, 0.999, 1.001]:
        try:
            print("result", await asyncio.wait_for(op(d), timeout=1))
        except asyncio.TimeoutError:
            print("timeout for", d)
    print("wait_for on a task that swallows cancellation:", await asyncio.wait_for(swallow(), 0.5))

asyncio.run(main())
