# expect: AttributeError: 'Queue' object has no attribute '_value'
# asyncio.Event.wait called on a Queue, then awaited.
import asyncio

async def main():
    await asyncio.Event.wait(asyncio.Queue())

asyncio.run(main())
