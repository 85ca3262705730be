# pins: asyncio.timeout(delay) raises TimeoutError at the deadline (inner CancelledError converted); expired(); None means no limit
import asyncio


async def slow(delay):
    try:
        await asyncio.sleep(delay)
        return "finished"
    except asyncio.CancelledError:
        print("slow cancelled at", asyncio.get_running_loop().time())
        raise


async def main():
    try:
        async with asyncio.timeout(1.5) as cm:
            await slow(10)
    except TimeoutError as e:
        print("TimeoutError", repr(e), "expired:", cm.expired())
    async with asyncio.timeout(2) as cm:
        print(await slow(0.5), "expired:", cm.expired())
    async with asyncio.timeout(None) as cm:
        print(await slow(3), cm.when())
    print("end", asyncio.get_running_loop().time())


asyncio.run(main())
