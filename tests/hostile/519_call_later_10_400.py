# expect: OverflowError: int too large to convert to float
# loop.call_later(10**400, ...).
import asyncio

async def main():
    asyncio.get_running_loop().call_later(10**400, print)

asyncio.run(main())
