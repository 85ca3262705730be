# expect: ok
# Two tasks awaiting each other: a deadlock.
import asyncio

async def waiter(get_other):
    await asyncio.sleep(0)
    await get_other()

async def main():
    ts = {}
    ts["a"] = asyncio.create_task(waiter(lambda: ts["b"]))
    ts["b"] = asyncio.create_task(waiter(lambda: ts["a"]))
    await ts["a"]

asyncio.run(main())
