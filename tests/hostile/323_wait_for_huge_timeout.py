# expect: budget: virtual time
# wait_for with a 1e308 timeout around a 1e308 sleep.
import asyncio

async def main():
    await asyncio.wait_for(asyncio.sleep(1e308), 1e308)

asyncio.run(main())
