# expect: ok
# Timers at NaN mixed with real ones: CPython's heap order.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    for d in [3, float("nan"), 1, 2, float("nan"), 0.5]:
        loop.call_later(d, print, "fired", d)
    await asyncio.sleep(4)

asyncio.run(main())
