# expect: ok
# The control for the call_later scripts: call_later(delay, callback, *args) at ordinary values.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(1, print, "one")
    loop.call_later(0.5, lambda: print("half"))
    await asyncio.sleep(2)

asyncio.run(main())
