# expect: ok
# 100,000 tasks each holding a 1,000-element list.
import asyncio

async def hold(i):
    data = [i] * 1000
    await asyncio.sleep(1)
    return len(data)

async def main():
    ts = [asyncio.create_task(hold(i)) for i in range(100000)]
    print(sum(await asyncio.gather(*ts)))

asyncio.run(main())
