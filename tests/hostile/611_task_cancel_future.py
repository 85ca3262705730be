# expect: TypeError: descriptor 'cancel' for '_asyncio.Task' objects doesn't apply to a '_asyncio.Future' object
# asyncio.Task.cancel called on a plain Future.
import asyncio

async def main():
    fut = asyncio.get_running_loop().create_future()
    asyncio.Task.cancel(fut)

asyncio.run(main())
