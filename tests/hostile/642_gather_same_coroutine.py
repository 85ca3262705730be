# expect: ok
# The same coroutine object passed to gather twice.
import asyncio

async def work():
    await asyncio.sleep(1)
    return 7

async def main():
    c = work()
    print(await asyncio.gather(c, c))

asyncio.run(main())
