# expect: TypeError: a coroutine was expected, got 1
# create_task(1).
import asyncio

async def main():
    asyncio.create_task(1)

asyncio.run(main())
