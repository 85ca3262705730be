# expect: ok
# 100,000 tasks, each awaiting the previous one.
import asyncio

async def link(prev):
    if prev is None:
        await asyncio.sleep(1)
        return 0
    return await prev + 1

async def main():
    t = None
    for i in range(100000):
        t = asyncio.create_task(link(t))
    print(await t)

asyncio.run(main())
