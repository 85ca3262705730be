# expect: budget: virtual time
# A future resolved by a call_later(1e308, ...).
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(1e308, f.set_result, 1)
    print(await f)

asyncio.run(main())
