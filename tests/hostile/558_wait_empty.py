# expect: ValueError: Set of Tasks/Futures is empty.
# asyncio.wait([]).
import asyncio

async def main():
    await asyncio.wait([])

asyncio.run(main())
