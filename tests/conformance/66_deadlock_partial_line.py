# pins: deadlock after a partial output line: a newline is written before the DEADLOCK line; queue get with no producer
import asyncio

async def main():
    q = asyncio.Queue()
    print("waiting for an item...", end="")
    await asyncio.sleep(2.5)
    item = await q.get()
    print(item)

asyncio.run(main())
