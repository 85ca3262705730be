# pins: loop.call_later(delay, cb, *args) and call_soon(cb, *args) run cb(*args) at the virtual time (the delay was once read from the callback's slot)
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.5, print, "later", 1)
    loop.call_later(0.25, print, "sooner", 2)
    loop.call_soon(print, "soon", 3)
    h = loop.call_later(0.75, print, "cancelled")
    h.cancel()
    print("cancelled?", h.cancelled())
    await asyncio.sleep(1)
    print("done at", loop.time())


asyncio.run(main())
