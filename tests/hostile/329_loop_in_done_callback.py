# expect: budget: steps
# An endless loop inside a done-callback (native code calling back into Python).
import asyncio

async def main():
    f = asyncio.get_running_loop().create_future()

    def cb(fut):
        while True:
            pass

    f.add_done_callback(cb)
    f.set_result(1)
    await asyncio.sleep(1)

asyncio.run(main())
