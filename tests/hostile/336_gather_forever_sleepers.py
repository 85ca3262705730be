# expect: budget: virtual time
# gather of 1,000 tasks that each sleep 1 s forever.
import asyncio

async def tick():
    while True:
        await asyncio.sleep(1.5)

async def main():
    await asyncio.gather(*[tick() for i in range(1000)])

asyncio.run(main())
