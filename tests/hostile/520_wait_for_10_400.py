# expect: OverflowError: int too large to convert to float
# asyncio.wait_for with a 10**400 timeout.
import asyncio

async def main():
    print(await asyncio.wait_for(asyncio.sleep(1, "ok"), 10**400))

asyncio.run(main())
