# pins: nested asyncio.timeout blocks: the inner deadline fires first and the outer still works; the outer one converts only its own cancel
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(3):
            try:
                async with asyncio.timeout(1):
                    await asyncio.sleep(5)
            except TimeoutError:
                print("inner timeout at", loop.time())
            await asyncio.sleep(5)
    except TimeoutError:
        print("outer timeout at", loop.time())
    print("current task cancelling:", asyncio.current_task().cancelling())


asyncio.run(main())
