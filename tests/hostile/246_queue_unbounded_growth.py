# expect: budget: memory
# An unbounded Queue filled forever without a consumer.
import asyncio

async def main():
    q = asyncio.Queue()
    while True:
        q.put_nowait("x" * 1000)

asyncio.run(main())
