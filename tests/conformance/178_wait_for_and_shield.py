# pins: wait_for timeout cancels the inner task; shield() keeps the inner task running though the outer wait is cancelled
import asyncio


async def compute(tag, delay):
    try:
        await asyncio.sleep(delay)
        print(tag, "completed at", asyncio.get_running_loop().time())
        return tag
    except asyncio.CancelledError:
        print(tag, "cancelled at", asyncio.get_running_loop().time())
        raise


async def main():
    try:
        await asyncio.wait_for(compute("plain", 2), timeout=1)
    except TimeoutError:
        print("wait_for timed out")
    inner = asyncio.create_task(compute("shielded", 2))
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.5)
    except TimeoutError:
        print("outer timed out, inner done:", inner.done())
    print("inner result:", await inner)


asyncio.run(main())
