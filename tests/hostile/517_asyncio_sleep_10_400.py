# expect: OverflowError: int too large to convert to float
# asyncio.sleep(10**400): the delay cannot become a float.
import asyncio

async def main():
    await asyncio.sleep(10**400)

asyncio.run(main())
