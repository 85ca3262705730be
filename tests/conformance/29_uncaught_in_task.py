# pins: an exception escaping asyncio.run: the leftover task is cancelled (its finally prints), exit 1
import asyncio

class QuotaExceeded(Exception):
    pass

async def background(i):
    try:
        print(f"bg{i} start")
        await asyncio.sleep(10)
        print("never")
    finally:
        print(f"bg{i} cleanup")

async def failing():
    await asyncio.sleep(1)
    raise QuotaExceeded("quota of 3 used", 3)

async def main():
    asyncio.create_task(background(0))
    await asyncio.sleep(0.5)
    print("main awaiting failing task")
    await asyncio.create_task(failing())
    print("never reached")

asyncio.run(main())
