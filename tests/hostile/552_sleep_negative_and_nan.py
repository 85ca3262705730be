# expect: ok
# asyncio.sleep with negative, -inf and NaN delays returns at once.
import asyncio

async def main():
    await asyncio.sleep(-5)
    await asyncio.sleep(float("-inf"))
    await asyncio.sleep(float("nan"))
    print("done")

asyncio.run(main())
