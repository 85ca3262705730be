# expect: ok
# 10,000 nested shields around one sleep.
import asyncio

async def main():
    f = asyncio.ensure_future(asyncio.sleep(1, "done"))
    for i in range(10000):
        f = asyncio.shield(f)
    print(await f)

asyncio.run(main())
