# expect: RecursionError: maximum recursion depth exceeded while calling a Python object
# Cancelling the outermost of 10,000 nested gathers (each gather's cancel cancels its child).
import asyncio

async def main():
    g = asyncio.ensure_future(asyncio.sleep(10))
    for i in range(10000):
        g = asyncio.gather(g)
    await asyncio.sleep(0)
    print(g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("cancelled")

asyncio.run(main())
