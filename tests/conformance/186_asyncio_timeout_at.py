# pins: asyncio.timeout_at(loop.time() + d), when(), reschedule() to extend and to shorten a running timeout
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 1) as cm:
            print("deadline", cm.when())
            await asyncio.sleep(0.5)
            cm.reschedule(loop.time() + 2)
            print("extended to", cm.when())
            await asyncio.sleep(1.8)
            print("still inside at", loop.time())
            cm.reschedule(loop.time() + 0.1)
            await asyncio.sleep(5)
    except TimeoutError:
        print("timed out at", round(loop.time(), 3))
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            await asyncio.sleep(0)
    except TimeoutError:
        print("past deadline times out at the first await")


asyncio.run(main())
