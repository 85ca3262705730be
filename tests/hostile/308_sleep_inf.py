# expect: budget: virtual time
# await asyncio.sleep(float('inf')).
import asyncio

async def main():
    await asyncio.sleep(float("inf"))
    print("woke")

asyncio.run(main())
