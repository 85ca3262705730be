# expect: TypeError: An asyncio.Future, a coroutine or an awaitable is required
# gather(1).
import asyncio

async def main():
    await asyncio.gather(1)

asyncio.run(main())
