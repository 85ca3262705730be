# pins: an exception in a task nobody awaits does not end the run: output continues, exit 0
import asyncio

async def doomed():
    await asyncio.sleep(0.5)
    print("doomed raises")
    raise RuntimeError("nobody is listening")

async def main():
    t = asyncio.create_task(doomed())
    await asyncio.sleep(1)
    print("main still fine; task done:", t.done())
    await asyncio.sleep(1)
    print("main ends")

asyncio.run(main())
print("after run")
